import type { SeedMember } from "../types";

// Every person is invented. The first five are the documented demo accounts.
export const members: SeedMember[] = [
  { key: "admin", email: "admin@demo.tvaers.dk", displayName: "Birgitte Holm", profession: "Netværkskoordinator", municipality: "aarhus", role: "admin" },
  { key: "moderator", email: "moderator@demo.tvaers.dk", displayName: "Jens Kjærgaard", profession: "Teamleder, ungerådgivning", municipality: "soenderborg", role: "moderator" },
  { key: "mentor", email: "mentor@demo.tvaers.dk", displayName: "Lone Vestergaard", profession: "Chatrådgiver og socialrådgiver", municipality: "skanderborg", role: "member" },
  { key: "erfaren", email: "erfaren@demo.tvaers.dk", displayName: "Mikkel Brandt", profession: "SSP-konsulent", municipality: "ikast-brande", role: "member" },
  { key: "ny", email: "ny@demo.tvaers.dk", displayName: "Sofie Lund", profession: "UU-vejleder", municipality: "tonder", role: "member" },
  { key: "moderator2", email: "anne.moeller@demo.tvaers.dk", displayName: "Anne Møller", profession: "Psykolog", municipality: "odder", role: "moderator" },
  { key: "karen", email: "karen.skov@demo.tvaers.dk", displayName: "Karen Skov", profession: "Skolesocialrådgiver", municipality: "haderslev", role: "member" },
  { key: "rasmus", email: "rasmus.dahl@demo.tvaers.dk", displayName: "Rasmus Dahl", profession: "SSP-konsulent", municipality: "horsens", role: "member" },
  { key: "mette", email: "mette.friis@demo.tvaers.dk", displayName: "Mette Friis", profession: "Chatrådgiver", municipality: "silkeborg", role: "member" },
  { key: "ahmad", email: "ahmad.rahimi@demo.tvaers.dk", displayName: "Ahmad Rahimi", profession: "Ungdomsvejleder, jobcenter", municipality: "egedal", role: "member" },
  { key: "helle", email: "helle.bach@demo.tvaers.dk", displayName: "Helle Bach", profession: "UU-vejleder", municipality: "vejle", role: "member" },
  { key: "thomas", email: "thomas.krogh@demo.tvaers.dk", displayName: "Thomas Krogh", profession: "Gadeplansmedarbejder", municipality: "randers", role: "member" },
  { key: "camilla", email: "camilla.winther@demo.tvaers.dk", displayName: "Camilla Winther", profession: "Sundhedsplejerske", municipality: "aalborg", role: "member" },
  { key: "peter", email: "peter.norgaard@demo.tvaers.dk", displayName: "Peter Nørgaard", profession: "Afdelingsleder, forebyggelse", municipality: "viborg", role: "member" },
  { key: "louise", email: "louise.hansen@demo.tvaers.dk", displayName: "Louise Hansen", profession: "Chatrådgiver, frivilligkoordinator", municipality: "kolding", role: "member" },
  { key: "nikolaj", email: "nikolaj.berg@demo.tvaers.dk", displayName: "Nikolaj Berg", profession: "Misbrugskonsulent", municipality: "esbjerg", role: "member" },
  { key: "sara", email: "sara.petersen@demo.tvaers.dk", displayName: "Sara Petersen", profession: "Skolesocialrådgiver", municipality: "odense", role: "member" },
  { key: "jonas", email: "jonas.eriksen@demo.tvaers.dk", displayName: "Jonas Eriksen", profession: "SSP-konsulent", municipality: "roskilde", role: "member" },
  // Newcomers: from newcomer municipalities, or new staff in an experienced one.
  { key: "ida", email: "ida.madsen@demo.tvaers.dk", displayName: "Ida Madsen", profession: "Chatrådgiver", municipality: "naestved", role: "member" },
  { key: "emil", email: "emil.jakobsen@demo.tvaers.dk", displayName: "Emil Jakobsen", profession: "SSP-konsulent", municipality: "helsingoer", role: "member" },
  { key: "maria", email: "maria.olsen@demo.tvaers.dk", displayName: "Maria Olsen", profession: "Skolesocialrådgiver", municipality: "tonder", role: "member" },
  { key: "frederik", email: "frederik.lauridsen@demo.tvaers.dk", displayName: "Frederik Lauridsen", profession: "Ungdomsvejleder, jobcenter", municipality: "ballerup", role: "member" },
  { key: "julie", email: "julie.thomsen@demo.tvaers.dk", displayName: "Julie Thomsen", profession: "Chatrådgiver", municipality: "aarhus", role: "member", experienceOverride: "newcomer" },
];

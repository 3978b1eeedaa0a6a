import type { SeedMunicipality } from "../types";

// Real municipality names; every fact about their membership is invented.
export const municipalities: SeedMunicipality[] = [
  { slug: "aarhus", name: "Aarhus", region: "Region Midtjylland", joined: "2016-03-01" },
  { slug: "soenderborg", name: "Sønderborg", region: "Region Syddanmark", joined: "2016-03-01" },
  { slug: "skanderborg", name: "Skanderborg", region: "Region Midtjylland", joined: "2016-09-01" },
  { slug: "odder", name: "Odder", region: "Region Midtjylland", joined: "2017-01-15" },
  { slug: "ikast-brande", name: "Ikast-Brande", region: "Region Midtjylland", joined: "2017-06-01" },
  { slug: "haderslev", name: "Haderslev", region: "Region Syddanmark", joined: "2017-10-01" },
  { slug: "horsens", name: "Horsens", region: "Region Midtjylland", joined: "2018-02-01" },
  { slug: "silkeborg", name: "Silkeborg", region: "Region Midtjylland", joined: "2018-05-01" },
  { slug: "egedal", name: "Egedal", region: "Region Hovedstaden", joined: "2018-09-01" },
  { slug: "aabenraa", name: "Aabenraa", region: "Region Syddanmark", joined: "2019-01-01" },
  { slug: "vejle", name: "Vejle", region: "Region Syddanmark", joined: "2019-04-01" },
  { slug: "randers", name: "Randers", region: "Region Midtjylland", joined: "2019-08-15" },
  { slug: "viborg", name: "Viborg", region: "Region Midtjylland", joined: "2020-01-01" },
  { slug: "herning", name: "Herning", region: "Region Midtjylland", joined: "2020-06-01" },
  { slug: "aalborg", name: "Aalborg", region: "Region Nordjylland", joined: "2020-10-01" },
  { slug: "kolding", name: "Kolding", region: "Region Syddanmark", joined: "2021-02-01" },
  { slug: "esbjerg", name: "Esbjerg", region: "Region Syddanmark", joined: "2021-05-01" },
  { slug: "holstebro", name: "Holstebro", region: "Region Midtjylland", joined: "2021-09-01" },
  { slug: "odense", name: "Odense", region: "Region Syddanmark", joined: "2022-01-10" },
  { slug: "roskilde", name: "Roskilde", region: "Region Sjælland", joined: "2022-04-01" },
  { slug: "hjoerring", name: "Hjørring", region: "Region Nordjylland", joined: "2022-09-01" },
  { slug: "gladsaxe", name: "Gladsaxe", region: "Region Hovedstaden", joined: "2023-01-01" },
  { slug: "koege", name: "Køge", region: "Region Sjælland", joined: "2023-05-01" },
  { slug: "svendborg", name: "Svendborg", region: "Region Syddanmark", joined: "2023-10-01" },
  { slug: "holbaek", name: "Holbæk", region: "Region Sjælland", joined: "2024-03-01" },
  { slug: "thisted", name: "Thisted", region: "Region Nordjylland", joined: "2024-09-01" },
  { slug: "fredericia", name: "Fredericia", region: "Region Syddanmark", joined: "2025-04-01" },
  // Newcomers: joined within the last 12 months whenever the seed runs.
  { slug: "naestved", name: "Næstved", region: "Region Sjælland", joined: { monthsAgo: 9 } },
  { slug: "helsingoer", name: "Helsingør", region: "Region Hovedstaden", joined: { monthsAgo: 5 } },
  { slug: "tonder", name: "Tønder", region: "Region Syddanmark", joined: { monthsAgo: 2 } },
  // Joined long ago but restarted its youth page with a new team: treated as a newcomer.
  { slug: "ballerup", name: "Ballerup", region: "Region Hovedstaden", joined: "2019-11-01", experienceOverride: "newcomer" },
];

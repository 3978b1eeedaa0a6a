/** The admin area's frame and menu (app/routes/admin.tsx). */

export const adminAreaCopy = {
  heading: "Administration",
  overview: "Oversigt",
  newcomers: "Nye i netværket",
  tags: "Tags og synonymer",
  invitations: "Invitationer",
  flags: "Anmeldelser",
  members: "Medlemmer",
  municipalities: "Kommuner",
  log: "Ændringslog",
} as const;

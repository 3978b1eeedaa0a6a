/** Danish wording of the meeting invitation and the day-before reminder mails. */
export const meetingMailCopy = {
  invitationSubject: (title: string) => `Invitation: ${title}`,
  updatedInvitationSubject: (title: string) => `Opdateret dagsorden: ${title}`,
  reminderSubject: (title: string) => `I morgen: ${title}`,
  invitationIntro: "Dagsordenen til netværksmødet er offentliggjort. Mødet er vedhæftet som kalenderinvitation (.ics).",
  reminderIntro: "En påmindelse: netværksmødet er i morgen. Mødet er vedhæftet som kalenderinvitation (.ics).",
  when: "Tidspunkt",
  where: "Sted",
  online: "Online",
  agenda: "Dagsorden",
  answerLink: "Se dagsordenen og meld dig til",
  whyInvitation:
    "Du får denne mail, fordi du er medlem af netværket, og dagsordenen til et netværksmøde er offentliggjort.",
  whyReminder: "Du får denne mail, fordi du er medlem af netværket, og der er netværksmøde i morgen.",
  attachmentName: "netvaerksmoede.ics",
} as const;

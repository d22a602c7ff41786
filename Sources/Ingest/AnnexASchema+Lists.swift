import SafeguardCore

/// Lists 2 and 4 to 8, column by column as in `reference/annex-a/columns.csv`.
///
/// Every column of each list is named, so an export that carries them all lists none as unknown;
/// only the columns with a `field` are decoded (and copied out of the parser). Aliases are the ones
/// `specs/extracts.md` names plus spellings seen in case management exports. An index-date alias
/// never equals another list's column (list 2's `Assessment start date` is not an alias of list 4's
/// `Continuous Assessment Start Date`), so each list's canonical header row is recognised as that
/// list only.
extension AnnexASchema {
  /// Does the Child have a Disability (lists 4 to 8), for the disability breakdown.
  static let disability = AnnexAColumn(
    "Does the Child have a Disability", aliases: ["Disability", "Child has a Disability", "Disabled"],
    field: .disability)

  /// Allocated Team, Allocated Worker: last in lists 3 to 8.
  static let allocated = [AnnexAColumn("Allocated Team"), AnnexAColumn("Allocated Worker")]

  static let earlyHelp = AnnexASchema(
    kind: .annexAEarlyHelp,
    columns: common + [
      AnnexAColumn(
        "Assessment start date",
        aliases: ["Early Help Assessment Start Date", "EH Assessment Start Date", "EHA Start Date"], required: true,
        field: .indexDate),
      AnnexAColumn(
        "Assessment completion date",
        aliases: [
          "Early Help Assessment Completion Date", "EH Assessment Completion Date", "EHA Completion Date",
          "Assessment Completed Date",
        ], field: .completion),
      AnnexAColumn(
        "Organisation completing assessment",
        aliases: ["Organisation Completing the Assessment", "Organisation", "Lead Organisation"],
        field: .organisation),
    ])

  static let assessments = AnnexASchema(
    kind: .annexAAssessments,
    columns: common + [
      disability,
      AnnexAColumn(
        "Continuous Assessment Start Date",
        aliases: ["Continuous Assessment Start", "Single Assessment Start Date", "Assessment Actual Start Date"],
        required: true, field: .indexDate),
      AnnexAColumn(
        "Child Seen During Continuous Assessment", aliases: ["Child Seen During Assessment", "Child Seen"],
        field: .seen),
      AnnexAColumn(
        "Continuous Assessment Date of Authorisation",
        aliases: [
          "Continuous Assessment Authorisation Date", "Assessment Authorisation Date",
          "Assessment Date of Authorisation",
          "Date of Authorisation",
        ], field: .authorised),
      AnnexAColumn(
        "Was the child assessed as requiring LA children's social care support?",
        aliases: [
          "Child assessed as requiring LA children's social care support",
          "Assessed as requiring LA children's social care support", "Requiring LA children's social care support",
          "Assessed as requiring social care support",
        ], field: .needsSupport),
    ] + allocated)

  static let section47s = AnnexASchema(
    kind: .annexASection47,
    columns: common + [
      disability,
      AnnexAColumn(
        "Strategy discussion initiating Section 47 Enquiry Start Date",
        aliases: [
          "S47 Start Date", "Strategy Discussion Date", "Section 47 Start Date", "S47 Enquiry Start Date",
          "Section 47 Enquiry Start Date", "Strategy discussion initiating Section 47 Enquiry",
        ], required: true, field: .indexDate),
      AnnexAColumn(
        "Was an Initial Child Protection Conference deemed unnecessary?",
        aliases: ["ICPC Not Required", "ICPC Deemed Unnecessary", "Initial Child Protection Conference Not Required"],
        field: .icpcNotRequired),
      AnnexAColumn(
        "Date of Initial Child Protection Conference",
        aliases: ["ICPC Date", "Initial Child Protection Conference Date", "Date of ICPC"], field: .icpcDate),
      AnnexAColumn(
        "Did the Initial Child Protection Conference Result in a Child Protection Plan",
        aliases: [
          "Did the ICPC Result in a Child Protection Plan", "ICPC Resulted in CP Plan", "ICPC Resulted in Plan",
          "ICPC Result in CPP",
        ], field: .icpcResultedInPlan),
      AnnexAColumn("Number of Section 47 Enquiries in the last 12 months"),
      AnnexAColumn("Number of ICPCs in the last 12 months"),
    ] + allocated)

  static let childrenInNeed = AnnexASchema(
    kind: .annexAChildrenInNeed,
    columns: common + [
      disability,
      AnnexAColumn(
        "CIN Start Date", aliases: ["Child in Need Start Date", "CIN Episode Start Date"], required: true,
        field: .indexDate),
      AnnexAColumn("Primary Need Code", aliases: ["Primary Need"], field: .primaryNeed),
      AnnexAColumn("Date Child Was Last Seen"),
      AnnexAColumn(
        "CIN Closure Date", aliases: ["Child in Need Closure Date", "CIN Episode Closure Date", "CIN End Date"],
        field: .closure),
      AnnexAColumn(
        "Reason for Closure", aliases: ["Closure Reason", "CIN Closure Reason"], field: .reasonForClosure),
      AnnexAColumn("Case Status", field: .caseStatus),
    ] + allocated)

  static let childProtection = AnnexASchema(
    kind: .annexAChildProtection,
    columns: common + [
      disability,
      AnnexAColumn(
        "Child Protection Plan Start Date", aliases: ["CP Plan Start Date", "CPP Start Date", "CP Start Date"],
        required: true, field: .indexDate),
      AnnexAColumn(
        "Initial Category of Abuse",
        aliases: ["Initial Category", "Initial Abuse Category", "Initial Category of Abuse/Neglect"],
        field: .initialCategory),
      AnnexAColumn(
        "Latest Category of Abuse",
        aliases: ["Latest Category", "Latest Abuse Category", "Latest Category of Abuse/Neglect"],
        field: .latestCategory),
      AnnexAColumn(
        "Date of the Last Statutory Visit", aliases: ["Date of Last Statutory Visit", "Last Statutory Visit Date"],
        field: .lastVisit),
      AnnexAColumn("Was the Child Seen Alone?", aliases: ["Child Seen Alone", "Seen Alone"], field: .seenAlone),
      AnnexAColumn(
        "Date of latest review conference",
        aliases: ["Latest Review Conference Date", "Date of Latest Review", "Latest Review Date", "CP Review Date"],
        field: .latestReview),
      AnnexAColumn(
        "Child Protection Plan End Date", aliases: ["CPP End Date", "CP Plan End Date", "CP End Date"],
        field: .planEnd),
      AnnexAColumn(
        "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)"),
      AnnexAColumn(
        "Number of Previous Child Protection Plans",
        aliases: ["Number of Previous CP Plans", "Number of Previous CPPs", "Previous CP Plans"],
        field: .previousPlans),
    ] + allocated)

  static let childrenInCare = AnnexASchema(
    kind: .annexAChildrenInCare,
    columns: common + [
      AnnexAColumn("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", aliases: ["UASC"]),
      disability,
      AnnexAColumn(
        "Date Started to be Looked After",
        aliases: [
          "Date Started Looked After", "Date Became Looked After", "Looked After Start Date", "CLA Start Date",
        ],
        required: true, field: .indexDate),
      AnnexAColumn("Child's Category of Need", aliases: ["Category of Need"]),
      AnnexAColumn(
        "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)"),
      AnnexAColumn("Start date of current legal status"),
      AnnexAColumn("Child's Legal Status", aliases: ["Legal Status", "Current Legal Status"], field: .legalStatus),
      AnnexAColumn("Date of Latest Statutory Review"),
      AnnexAColumn("Date of Last Social Work Visit"),
      AnnexAColumn("What is the permanence plan for this child?", aliases: ["Permanence Plan"]),
      AnnexAColumn("Date of Last IRO Visit / Contact to the Child"),
      AnnexAColumn("Date of Last Health Assessment"),
      AnnexAColumn("Date of Last Dental Check"),
      AnnexAColumn("Number of Placements in the Last 12 months"),
      AnnexAColumn(
        "Date Ceased to be Looked After",
        aliases: ["Date Ceased Looked After", "Date Ceased Care", "Looked After End Date", "CLA End Date"],
        field: .ceased),
      AnnexAColumn(
        "Reason Ceased to be Looked After", aliases: ["Reason Ceased Looked After", "Reason Ceased"],
        field: .reasonCeased),
      AnnexAColumn("Start Date of Most Recent Placement"),
      AnnexAColumn("Placement Type"),
      AnnexAColumn("Placement Provider"),
      AnnexAColumn("Placement postcode"),
      AnnexAColumn("URN of Placement"),
      AnnexAColumn("Placement Location"),
      AnnexAColumn("LA of Placement"),
      AnnexAColumn(
        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
        aliases: ["Number of Missing Episodes in the last 12 months", "Missing Episodes in the last 12 months"],
        field: .missingEpisodes),
      AnnexAColumn(
        "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
        aliases: [
          "Number of Absent Episodes in the last 12 months", "Absent Episodes in the last 12 months",
          "Number of Away Episodes in the last 12 months",
        ], field: .awayEpisodes),
      AnnexAColumn("Was the child offered a Return Interview after their last missing episode (Y/N)?"),
      AnnexAColumn("Did the child accept a Return Interview after their last missing episode (Y/N)?"),
    ] + allocated)
}

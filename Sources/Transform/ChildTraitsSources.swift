import SafeguardCore

/// Where the breakdowns learn who each child is.
///
/// - CIN census: each child's `ChildDetails`, from the return with the latest reference date
///   that holds the child (a later return corrects an earlier one). Sex is `Sex` from 2024/25 or
///   `GenderCurrent` before; disability `yes` with any code other than `NONE`. The census schema
///   has every one of these elements, so it carries all four child dimensions.
/// - Annex A: lists 4 to 8 each give the child's date of birth, gender, ethnicity and disability
///   on every row; for each trait the latest row (by its index date) with a value wins. Lists 1
///   and 3 describe contacts and referrals for the front door's own breakdowns and are not used
///   here. A dimension whose column none of lists 4 to 8 has is not carried.
public enum ChildTraitsSources {
  public static func census(_ files: [CINCensusFile]) -> ChildTraitsTable {
    var table = ChildTraitsTable(source: "the CIN census", carries: [.age, .sex, .ethnicity, .disability])
    let oldestFirst = files.enumerated().sorted {
      ($0.element.header.referenceDate ?? Day(serial: .min), $0.offset)
        < ($1.element.header.referenceDate ?? Day(serial: .min), $1.offset)
    }
    for (_, file) in oldestFirst {
      for c in file.children {
        table[c.child] = ChildTraits(
          birth: c.birthDate, expectedBirth: c.expectedBirthDate,
          sex: .of(c.sex?.rawValue), ethnicity: .of(c.ethnicity),
          disability: .of(censusCodes: c.disabilities))
      }
    }
    return table
  }

  public static func annexA(_ set: ExtractSet) -> ChildTraitsTable {
    ChildTraitsTable.annexA(
      set.childDescriptions, source: "Annex A lists 4 to 8", carries: set.describedDimensions)
  }
}

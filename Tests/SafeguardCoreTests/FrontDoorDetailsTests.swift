import SafeguardCore
import Testing

/// Dictionary-coded columns: a byte per record, blank as 0, and codes translated when columns join.
@Suite struct FrontDoorDetailsTests {
  @Test func valuesAreCodedInOrderOfFirstSightAndBlankIsZero() {
    var c = CodedColumn()
    for v in ["1A", "6", nil, "", "1A", "10"] { c.append(v) }
    #expect(c.codes == [1, 2, 0, 0, 1, 3])
    #expect(c.values == ["", "1A", "6", "10"])
    #expect((0..<c.count).map { c[$0] } == ["1A", "6", nil, nil, "1A", "10"])
  }

  @Test func joiningTranslatesTheLaterColumnsCodes() {
    var a = CodedColumn()
    var b = CodedColumn()
    for v in ["F", "M"] { a.append(v) }
    for v in ["U", "M", nil, "F"] { b.append(v) }
    a.append(contentsOf: b)
    #expect((0..<a.count).map { a[$0] } == ["F", "M", "U", "M", nil, "F"])
    #expect(a.values == ["", "F", "M", "U"])
  }

  @Test func pastTwoHundredAndFiftyFourValuesTheRestShareOneGroup() {
    var c = CodedColumn()
    for i in 0..<300 { c.append("V\(i)") }
    #expect(c[253] == "V253")
    #expect(c[254] == CodedColumn.tooMany && c[299] == CodedColumn.tooMany)
    #expect(Set(c.codes).count == 255)
    var d = CodedColumn()
    d.append(contentsOf: c)
    #expect((0..<d.count).map { d[$0] } == (0..<c.count).map { c[$0] })
  }

  @Test func birthDatesKeepBlanks() {
    var d = FrontDoorDetails()
    d.appendBirthDate(Day(iso: "2015-01-31"))
    d.appendBirthDate(nil)
    #expect(d.birthDate(at: 0) == Day(iso: "2015-01-31") && d.birthDate(at: 1) == nil)
    var e = FrontDoorDetails()
    e.append(contentsOf: d)
    #expect(e.count == 2 && e.birthDate(at: 0) == Day(iso: "2015-01-31"))
  }
}

import Testing
@testable import ShellEngine
import TestSupport

/// Objects built from one shared layout behave as if each had its own properties: one gaining a
/// property or a new value never shows on another, order is kept, and names match in any case.
@Suite struct PropertyLayoutTests {
    static let layout = PropertyLayout(["Name", "PrimaryKeyId", "TrustAuthorityClusterId"])

    static func make(_ name: String) -> PSObject {
        PSObject(typeNames: ["Test.Provider", "System.Object"], layout: layout, values: [.string(name), .string("8"), .string("c8")])
    }

    @Test func objectsOfOneLayoutKeepTheirOwnValuesAndOrder() {
        let first = Self.make("a")
        let second = Self.make("b")
        #expect(first.properties.map(\.name) == ["Name", "PrimaryKeyId", "TrustAuthorityClusterId"])
        #expect(LanguagePrimitives.toString(first["name"]) == "a")
        #expect(LanguagePrimitives.toString(second["NAME"]) == "b")
        #expect(LanguagePrimitives.toString(first["trustauthorityclusterid"]) == "c8")
        first.setProperty("NAME", .string("changed"))
        #expect(first.properties.map(\.name) == ["Name", "PrimaryKeyId", "TrustAuthorityClusterId"])
        #expect(LanguagePrimitives.toString(first["Name"]) == "changed")
        #expect(LanguagePrimitives.toString(second["Name"]) == "b")
    }

    @Test func anObjectThatGainsAPropertyDoesNotGiveItToOthersOfItsLayout() {
        let first = Self.make("a")
        let second = Self.make("b")
        first.setProperty("Extra", .int(1))
        #expect(first.hasProperty("extra"))
        #expect(first.properties.map(\.name) == ["Name", "PrimaryKeyId", "TrustAuthorityClusterId", "Extra"])
        #expect(!second.hasProperty("Extra"))
        #expect(second.properties.count == 3)
        let third = Self.make("c")
        #expect(!third.hasProperty("Extra"))
        #expect(Self.layout.names.count == 3)
        second.setProperty("Other", .int(2))
        #expect(!first.hasProperty("Other"))
        #expect(first.property("Extra")?.value.asObject == nil)
        #expect(LanguagePrimitives.toString(first["Extra"]) == "1")
    }

    @Test func aCopySharesNothingItCanChange() {
        let original = Self.make("a")
        let clone = original.copy()
        clone.setProperty("Name", .string("clone"))
        clone.setProperty("Added", .bool(true))
        #expect(LanguagePrimitives.toString(original["Name"]) == "a")
        #expect(!original.hasProperty("Added"))
        #expect(clone.properties.map(\.name) == ["Name", "PrimaryKeyId", "TrustAuthorityClusterId", "Added"])
    }

    @Test func missingValuesAreNullAndNamesDifferingInCaseMergeAsPowerShellDoes() {
        let short = PSObject(typeNames: ["T"], layout: Self.layout, values: [.string("only")])
        #expect(short.properties.count == 3)
        #expect(short["PrimaryKeyId"].isNull)
        let merged = PSObject(typeNames: ["T"], layout: PropertyLayout(["Name", "name", "Id"]), values: [.int(1), .int(2), .int(3)])
        #expect(merged.properties.map(\.name) == ["Name", "Id"])
        #expect(LanguagePrimitives.toString(merged["NAME"]) == "2")
    }

    @Test func nonASCIINamesMatchAsTheirLowerCasedKeysDo() {
        let object = PSObject.customObject([("Ärger", .int(1)), ("k", .int(2)), (";", .int(3)), ("Straße", .int(4))])
        #expect(LanguagePrimitives.toString(object["ärger"]) == "1")
        #expect(LanguagePrimitives.toString(object["ÄRGER"]) == "1")
        // The Kelvin sign lower-cases to k; the Greek question mark is canonically a semicolon.
        #expect(LanguagePrimitives.toString(object["\u{212A}"]) == "2")
        #expect(LanguagePrimitives.toString(object["\u{037E}"]) == "3")
        #expect(LanguagePrimitives.toString(object["STRAßE"]) == "4")
        #expect(!object.hasProperty("STRASSE"))
        object.setProperty("\u{212A}", .int(5))
        #expect(object.properties.map(\.name) == ["Ärger", "k", ";", "Straße"])
        #expect(LanguagePrimitives.toString(object["K"]) == "5")
    }

    @Test func equalNamesHashAlike() {
        let pairs: [(String, String)] = [
            ("Name", "name"), ("TrustAuthorityClusterId", "TRUSTAUTHORITYCLUSTERID"), ("k", "\u{212A}"), (";", "\u{037E}"),
            ("Ärger", "ärger"), ("e\u{301}", "\u{E9}"), ("E\u{301}x", "\u{E9}X"), ("", ""), ("a\u{0}", "A\u{0}"),
        ]
        for (first, second) in pairs {
            #expect(PropertyName(first) == PropertyName(second), "\(first) vs \(second)")
            #expect(PropertyName(first).hashValue == PropertyName(second).hashValue, "\(first) vs \(second)")
        }
        #expect(PropertyName("Name") != PropertyName("Names"))
        #expect(PropertyName("a") != PropertyName("a\u{0}"))
    }

    @Test func aCachedSlotIsUsedOnlyForObjectsStillOfItsLayout() {
        var cache = PropertySlotCache()
        let first = Self.make("a")
        #expect(LanguagePrimitives.toString(first.value(named: "trustauthorityclusterid", cache: &cache)) == "c8")
        #expect(LanguagePrimitives.toString(Self.make("b").value(named: "TrustAuthorityClusterId", cache: &cache)) == "c8")
        let other = PSObject(typeNames: ["T"], layout: PropertyLayout(["TrustAuthorityClusterId", "Name"]), values: [.string("other"), .string("x")])
        #expect(LanguagePrimitives.toString(other.value(named: "TrustAuthorityClusterId", cache: &cache)) == "other")
        let gained = Self.make("c")
        gained.setProperty("Extra", .int(1))
        #expect(LanguagePrimitives.toString(gained.value(named: "Name", cache: &cache)) == "c")
        #expect(LanguagePrimitives.toString(gained.value(named: "Extra", cache: &cache)) == "1")
        #expect(first.value(named: "Missing", cache: &cache).isNull)
        #expect(LanguagePrimitives.toString(first.copy().value(named: "Name", cache: &cache)) == "a")
    }
}

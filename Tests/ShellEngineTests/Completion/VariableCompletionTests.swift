import Foundation
import Testing
@testable import ShellEngine
import TestSupport

@Suite struct VariableCompletionTests {
    let shell = CompletionFixture.shell()

    func complete(_ text: String) -> CompletionCandidates { CompletionFixture.complete(text, in: shell) }

    static func keyProvider() -> PSObject {
        let server = PSObject.customObject([("Address", .string("192.168.110.91")), ("Port", .int(5696))])
        let status = PSObject.customObject([("Health", .string("Ok")), ("Message", .string(""))])
        return PSObject(typeNames: ["Tests.KeyProvider", "System.Object"], properties: [
            PSProperty(name: "Name", value: .string("clkp")),
            PSProperty(name: "KeyProviderServers", value: .array([.object(server)])),
            PSProperty(name: "Status", value: .object(status)),
        ], methods: ["ToString": PSMethod(definition: "string ToString()") { _ in .string("clkp") }])
    }

    @Test func variableNamesMatchCaseInsensitively() {
        shell.setVariable("KeyProvider", .null)
        shell.setVariable("kp", .null)
        #expect(complete("$k").candidates == ["$KeyProvider", "$kp"])
        #expect(complete("Write-Output $KEYP").candidates == ["$KeyProvider"])
    }

    @Test func scopedAndEnvironmentVariables() {
        shell.setVariable("widgetCount", .int(1), scope: "global")
        #expect(complete("$global:widgetc").candidates == ["$global:widgetCount"])
        setenv("VTASH_COMPLETION_TEST", "1", 1)
        #expect(complete("$env:VTASH_COMPLETION_T").candidates == ["$env:VTASH_COMPLETION_TEST"])
    }

    @Test func membersOfTheValueHeldInAVariable() {
        shell.setVariable("kp", .object(Self.keyProvider()))
        let result = complete("$kp.")
        #expect(result.replacementStart == 0)
        #expect(result.candidates == ["$kp.KeyProviderServers", "$kp.Name", "$kp.Status", "$kp.GetType(", "$kp.ToString("])
        #expect(complete("$kp.st").candidates == ["$kp.Status"])
    }

    @Test func membersFollowAChainOfProperties() {
        shell.setVariable("kp", .object(Self.keyProvider()))
        #expect(complete("$kp.Status.h").candidates == ["$kp.Status.Health"])
        #expect(complete("$kp.KeyProviderServers.a").candidates == ["$kp.KeyProviderServers.Address"])
    }

    @Test func membersInsideAnArgument() {
        shell.setVariable("kp", .object(Self.keyProvider()))
        let result = complete("Get-Widget -Name $kp.Na")
        #expect(result.replacementStart == 17)
        #expect(result.candidates == ["$kp.Name"])
    }

    /// A collection offers its own Count and Length and, by member enumeration, its elements' members; the
    /// methods are the elements' and GetType. (How long this takes belongs to Scripts/bench, not here.)
    @Test func collectionOffersItsCountAndItsElementsMembers() {
        let providers = (0..<10_000).map { _ in Value.object(Self.keyProvider()) }
        shell.setVariable("all", .array(providers))
        #expect(complete("$all.").candidates == [
            "$all.Count", "$all.KeyProviderServers", "$all.Length", "$all.Name", "$all.Status", "$all.GetType(", "$all.ToString(",
        ])
        // `$all.Status` is itself a collection (one status per element): its Count and Length, and the statuses' members.
        #expect(complete("$all.Status.").candidates == [
            "$all.Status.Count", "$all.Status.Health", "$all.Status.Length", "$all.Status.Message", "$all.Status.GetType(",
        ])
    }

    /// Only the first 16 elements are looked at (so Tab stays quick on thousands of objects): a member that
    /// only a later element has is not offered, one that an element within the first 16 has is.
    @Test func collectionMembersComeFromTheFirstSixteenElements() {
        var providers = (0..<10_000).map { _ in Value.object(Self.keyProvider()) }
        let early = Self.keyProvider()
        early.setProperty("EarlyNote", .string("x"))
        providers[15] = .object(early)
        let late = Self.keyProvider()
        late.setProperty("LateNote", .string("y"))
        providers[16] = .object(late)
        shell.setVariable("all", .array(providers))
        let offered = complete("$all.").candidates
        #expect(offered.contains("$all.EarlyNote"))
        #expect(!offered.contains("$all.LateNote"))
    }

    @Test func hashtableKeysAndStringMembers() {
        shell.run("$h = @{ Alpha = 1; beta = 2 }; $s = 'text'")
        #expect(complete("$h.a").candidates == ["$h.Alpha", "$h.Add("])
        #expect(complete("$s.Le").candidates == ["$s.Length"])
        #expect(complete("$s.ToU").candidates == ["$s.ToUpper("])
    }

    @Test func unknownVariableOrIndexedChainOffersNothing() {
        #expect(complete("$nothing.") == .none)
        shell.setVariable("kp", .object(Self.keyProvider()))
        #expect(complete("$kp.KeyProviderServers[0].") == .none)
    }
}

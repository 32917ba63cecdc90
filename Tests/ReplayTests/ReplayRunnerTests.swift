import Foundation
import Testing
@testable import ShellEngine
@testable import Replay
import TestSupport

@Suite struct ReplayRunnerTests {
    static let statements = [
        "$greeting = 'hello'",
        "Write-Output $greeting",
        "1..3 | ForEach-Object { $_ * 2 }",
        "[pscustomobject]@{ Name = 'clkp'; PrimaryKeyId = 8 }",
        "Write-Output 'x' |\nForEach-Object { $_ + 'y' }",
        "Get-Item /no/such/path",
    ]

    func record(_ session: TranscriptSession, extra: [String] = []) throws -> TranscriptDocument {
        session.type(["Start-Transcript -Path rec.txt"] + Self.statements + extra + ["Stop-Transcript"])
        return try TranscriptDocument.parse(session.file("rec.txt"), name: "rec.txt")
    }

    @Test func recordedTranscriptReplaysWithNoFailures() throws {
        let session = TranscriptSession()
        let document = try record(session)
        #expect(document.commands.filter(\.isReplayed).count == Self.statements.count)
        let result = ReplayRunner(environment: [:]).run(document, makeShell: session.replayShell)
        #expect(result.outcomes.count == Self.statements.count)
        #expect(result.failedCount == 0, "\(ReplayReport(results: [result]).lines())")
        #expect(ReplayReport(results: [result]).summary == "\(Self.statements.count) passed, 0 failed")
    }

    @Test func changingOneCommandsOutcomeFailsThatCommandAloneAndSaysWhy() throws {
        let session = TranscriptSession()
        let recorded = try record(session)
        let text = session.file("rec.txt").replacingOccurrences(of: "$greeting = 'hello'", with: "$greeting = 'goodbye'")
        let document = try TranscriptDocument.parse(text, name: "rec.txt")
        let result = ReplayRunner(environment: [:]).run(document, makeShell: session.replayShell)
        #expect(result.failedCount == 1)
        let failed = try #require(result.outcomes.first { !$0.passed })
        #expect(failed.command.text == "Write-Output $greeting")
        #expect(failed.comparison.reason == "its output differs from the 1 expected line")
        #expect(failed.comparison.diff.contains("-hello"))
        #expect(failed.comparison.diff.contains("+goodbye"))
        let report = ReplayReport(results: [result]).lines()
        #expect(report.first == "FAIL rec.txt:\(failed.command.lineNumber)  Write-Output $greeting")
        #expect(report.last == "\(Self.statements.count - 1) passed, 1 failed")
        _ = recorded
    }

    @Test func consoleCopyWithPlaceholdersReplays() throws {
        let text = """
        PS C:\\Users\\Administrator.CORP> $items = 'a','b','c'
        PS C:\\Users\\Administrator.CORP> $items
        <The items are displayed.>
        PS C:\\WINDOWS\\system32> "count: $($items.Count) at <place>"
        count: 3 at <place>
        """
        let document = try TranscriptDocument.parse(text, name: "copy.txt")
        let session = TranscriptSession()
        let result = ReplayRunner(environment: [:]).run(document, makeShell: session.replayShell)
        #expect(result.outcomes.map(\.status) == [.passed, .passed, .passed])
    }

    @Test func exitEndsTheSessionAndLaterCommandsAreReportedAsNotRun() throws {
        let document = try TranscriptDocument.parse("PS> Write-Output a\na\nPS> exit 3\nPS> Write-Output b\nb\n", name: "e")
        let session = TranscriptSession()
        let result = ReplayRunner(environment: [:]).run(document, makeShell: session.replayShell)
        #expect(result.outcomes.map(\.status) == [.passed, .passed, .notRun])
        #expect(result.outcomes[2].comparison.reason == "not run: the session ended with exit 3 at line 3")
    }

    @Test func maskedPasswordIsFilledFromTheEnvironmentThenTheSourceAndMaskedInOutput() throws {
        let text = "PS> function Connect-Thing { param($User, $Password) \"$User/$Password\" }\nPS> Connect-Thing -User admin -Password '********'\nadmin/********\n"
        let document = try TranscriptDocument.parse(text, name: "pw")
        let session = TranscriptSession()
        var seen: [SecretRequest] = []
        let fromLab = ReplayRunner(environment: [:], secretSource: { request in seen.append(request); return "labpass1" })
        let labResult = fromLab.run(document, makeShell: session.replayShell)
        #expect(labResult.failedCount == 0)
        #expect(seen.first?.user == "admin")
        #expect(seen.first?.parameter == "Password")
        #expect(labResult.outcomes[1].actual.map(\.text) == ["admin/********"])
        let runner = ReplayRunner(environment: ["VTASH_PASSWORD": "envpass1"], secretSource: { _ in "labpass1" })
        #expect(runner.fillSecrets("Connect-Thing -User admin -Password '********'").0 == "Connect-Thing -User admin -Password 'envpass1'")
    }

    @Test func updateRewritesOutputsWithTodaysOutput() throws {
        let document = try TranscriptDocument.parse("PS C:\\> Write-Output new\nold\n", name: "u")
        let session = TranscriptSession()
        let result = ReplayRunner(environment: [:]).run(document, makeShell: session.replayShell)
        #expect(result.failedCount == 1)
        let updated = result.updatedTranscript()
        #expect(updated == "PS C:\\> Write-Output new\nnew\n")
        let again = ReplayRunner(environment: [:]).run(try TranscriptDocument.parse(updated, name: "u"), makeShell: session.replayShell)
        #expect(again.failedCount == 0)
    }

    @Test func junitHasOneTestCasePerCommandWithEscapedFailures() throws {
        let document = try TranscriptDocument.parse("PS> Write-Output '<a & b>'\n<a & b>\nPS> Write-Output 2\n3\n", name: "j&k.txt")
        let session = TranscriptSession()
        let result = ReplayRunner(environment: [:]).run(document, makeShell: session.replayShell)
        let xml = JUnitReport(results: [result]).xml()
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"vtash replay\" tests=\"2\" failures=\"1\""))
        #expect(xml.contains("<testsuite name=\"j&amp;k.txt\" tests=\"2\" failures=\"1\""))
        #expect(xml.components(separatedBy: "<testcase ").count == 3)
        #expect(xml.contains("name=\"line 1: Write-Output &apos;&lt;a &amp; b&gt;&apos;\""))
        #expect(xml.contains("<failure message=\"its output differs from the 1 expected line\" type=\"failed\">"))
        #expect(xml.contains("-3\n+2</failure>"))
        #expect(JUnitReport.escape("a\u{01}b") == "ab")
    }
}

import Foundation
import Testing

/// `vtash -Command`, statements on stdin, `--version`, `--help`.
@Suite struct CommandLineTests {
    @Test func commandRunsTextAndExits() throws {
        let result = try VtashProcess.run(["-Command", "1 + 2; 'x' * 3"])
        #expect(result.outputLines.prefix(2) == ["3", "xxx"])
        #expect(result.status == 0)
    }

    @Test func statementsPipedOnStdinRunInOrder() throws {
        let result = try VtashProcess.run([], input: "$a = 20\n$a + 22\nif ($a -gt 10) {\n 'big'\n}\n")
        #expect(result.outputLines.prefix(2) == ["42", "big"])
    }

    @Test func versionAndHelpPrintAndExitZero() throws {
        let version = try VtashProcess.run(["--version"])
        #expect(version.output.hasPrefix("vtash "))
        let help = try VtashProcess.run(["--help"])
        #expect(help.output.contains("-File PATH"))
        #expect(help.status == 0)
    }

    @Test func anUnknownOptionIsAUsageError() throws {
        let result = try VtashProcess.run(["--frobnicate"])
        #expect(result.status == 64)
        #expect(result.errors.contains("unknown argument '--frobnicate'"))
    }

    /// The subcommands are swift-argument-parser commands (issue 16): its help, its usage errors (exit 64).
    @Test func labSubcommandsAreListedAndAnUnknownOneIsAUsageError() throws {
        let help = try VtashProcess.run(["lab", "--help"])
        #expect(help.status == 0)
        for subcommand in ["init", "show", "reset", "export"] { #expect(help.output.contains("  \(subcommand) ")) }
        let unknown = try VtashProcess.run(["lab", "frob"])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("Unexpected argument 'frob'"))
        let missing = try VtashProcess.run(["lab", "export"])
        #expect(missing.status == 64)
        #expect(missing.errors.contains("Missing expected argument '<file>'"))
    }

    @Test func aFileThatDoesNotExistIsReportedAsPwshDoes() throws {
        let result = try VtashProcess.run(["-File", "/nowhere/missing.ps1"])
        #expect(result.status == 64)
        #expect(result.errors.contains("The argument '/nowhere/missing.ps1' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again."))
    }

    @Test func getHelpWorksForEveryShippedCmdlet() throws {
        let result = try VtashProcess.run(["-Command", "Get-Command | ForEach-Object { $h = Get-Help $_.Name | Out-String; if ($h -notmatch 'SYNTAX') { 'NOHELP ' + $_.Name } }; 'done'"])
        #expect(result.outputLines.contains("done"))
        #expect(!result.output.contains("NOHELP"), "\(result.output)")
        #expect(result.errors.isEmpty, "\(result.errors)")
    }
}

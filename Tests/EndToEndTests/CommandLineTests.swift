import Foundation
import Testing
import TestSupport

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

    /// The whole output is one line naming the program and its release (Shell.version, 0.1.0), and the exit
    /// status is 0; the spellings PowerShell-style users type work alike.
    @Test(arguments: ["--version", "-version", "-Version"])
    func versionPrintsOneLineAndExitsZero(_ option: String) throws {
        let version = try VtashProcess.run([option])
        #expect(version.output == "vtash 0.1.0\n")
        #expect(version.errors.isEmpty)
        #expect(version.status == 0)
    }

    @Test func helpPrintsTheUsageAndExitsZero() throws {
        let help = try VtashProcess.run(["--help"])
        #expect(help.outputLines.first == "Usage: vtash [--lab PATH | --new-lab] [-File PATH [ARGS...]] [-Command TEXT] [--version] [--help]")
        #expect(help.outputLines.contains("  -File PATH       run a script; the exit code is non-zero when a terminating error stopped it"))
        #expect(help.outputLines.contains("  --version        print the version"))
        #expect(help.errors.isEmpty)
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

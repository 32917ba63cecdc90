import Foundation
import Testing
import TestSupport

/// A session recorded with Start-Transcript by the built vtash, its commands read from a pipe as typed:
/// every spelling that binds to Connect-VIServer's -Password, a splatted hashtable, a value reused after
/// the login and ConvertTo-SecureString's plain text are all `********` in the file, which still replays
/// (vtash fills each masked password from the lab's own user, whatever parameter spelling held it).
@Suite struct SecretTranscriptTests {
    static let statements = """
    Start-Transcript -Path ./rec.txt
    Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Pa 'VMware1!' | Out-Null
    Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Pas 'VMware1!' | Out-Null
    Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Pass 'VMware1!' | Out-Null
    Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password:VMware1! | Out-Null
    $login = @{ Server = '192.168.210.22'; User = 'trustedadmin@vsphere.local'; Password = 'VMware1!' }
    Connect-VIServer @login | Out-Null
    $pw = 'VMware1!'
    "typed again: VMware1!"
    $secure = ConvertTo-SecureString 'KmipPass-42' -AsPlainText -Force
    $global:DefaultVIServers.Count
    Stop-Transcript

    """

    @Test func everySpellingOfThePasswordIsMaskedAndTheSessionStillReplays() throws {
        let directory = try VtashProcess.temporaryDirectory()
        let record = try VtashProcess.run([], input: Self.statements, in: directory, environment: ["NO_COLOR": "1"])
        #expect(record.status == 0, "\(record.output)\(record.errors)")
        let transcript = try String(contentsOf: directory.appendingPathComponent("rec.txt"), encoding: .utf8)
        #expect(!transcript.contains("VMware1!"))
        #expect(!transcript.contains("KmipPass-42"))
        let prompt = "PS \(directory.resolvingSymlinksInPath().path)> "
        let lines = transcript.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("Transcript started") })
        #expect(Array(lines[(start + 1)...].prefix(13)) == [
            prompt + "Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Pa '********' | Out-Null",
            prompt + "Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Pas '********' | Out-Null",
            prompt + "Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Pass '********' | Out-Null",
            prompt + "Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password:'********' | Out-Null",
            prompt + "$login = @{ Server = '192.168.210.22'; User = 'trustedadmin@vsphere.local'; Password = '********' }",
            prompt + "Connect-VIServer @login | Out-Null",
            prompt + "$pw = '********'",
            prompt + "\"typed again: ********\"",
            "typed again: ********",
            prompt + "$secure = ConvertTo-SecureString '********' -AsPlainText -Force",
            prompt + "$global:DefaultVIServers.Count",
            "5",
            prompt + "Stop-Transcript",
        ])
        let replay = try VtashProcess.run(["replay", "rec.txt"], in: directory)
        #expect(replay.status == 0, "\(replay.output)\(replay.errors)")
        #expect(replay.output == "10 passed, 0 failed\n")
    }

    /// The header's `Host Application:` line is the process's command line; under `-Command` that is script text,
    /// whose password is masked by meaning like a typed command's (`-Pass` binds to -Password). Before this the
    /// header carried the password in clear.
    @Test func theHeadersHostApplicationLineMasksACommandsPassword() throws {
        let directory = try VtashProcess.temporaryDirectory()
        let script = "Start-Transcript -Path ./cmd.txt | Out-Null; Connect-VIServer -Server 10.1.1.1 -User trustedadmin@vsphere.local -Pass 'Secr3t-77' 2>$null; Stop-Transcript | Out-Null"
        let run = try VtashProcess.run(["-Command", script], in: directory)
        // The last statement (Stop-Transcript) succeeded: exit 0, as pwsh -Command gives.
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        let transcript = try String(contentsOf: directory.appendingPathComponent("cmd.txt"), encoding: .utf8)
        #expect(!transcript.contains("Secr3t-77"))
        let header = try #require(transcript.split(separator: "\n").first { $0.hasPrefix("Host Application: ") })
        #expect(header.hasSuffix("-Command Start-Transcript -Path ./cmd.txt | Out-Null; Connect-VIServer -Server 10.1.1.1 -User trustedadmin@vsphere.local -Pass '********' 2>$null; Stop-Transcript | Out-Null"))
    }
}

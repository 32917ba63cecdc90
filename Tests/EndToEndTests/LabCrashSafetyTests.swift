import Foundation
import Testing

/// SIGKILL at random moments while vtash stores 1,000 key providers: the lab file stays sound and
/// every command that reported success is in it.
@Suite struct LabCrashSafetyTests {
    @Test(.timeLimit(.minutes(5))) func killedMidWriteTheLabKeepsEveryReportedChange() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lab = folder.appendingPathComponent("lab.sqlite").path
        let total = 1000
        var reported = Set<Int>()
        var next = 0
        var kills: [Int] = []
        var rounds = 0
        while next < total && rounds < 60 {
            rounds += 1
            // After a few kills, let the last round run to the end so all 1,000 commands are issued.
            let delay = rounds < 12 ? Int.random(in: 60...400) : nil
            let lines = try Self.runRound(lab: lab, from: next, to: total, killAfterMilliseconds: delay, in: folder)
            if let delay { kills.append(delay) }
            for line in lines where line.hasPrefix("ok ") {
                if let index = Int(line.dropFirst(3)) { reported.insert(index) }
            }
            next = max(next, (reported.max() ?? -1) + 1)
        }
        #expect(next == total, "stopped at \(next) after kills at \(kills) ms")
        #expect(kills.count >= 3)

        let shown = try VtashProcess.run(["--lab", lab, "lab", "show"], in: folder)
        #expect(shown.output.contains("Integrity:    ok"))
        let listed = try VtashProcess.run(["--lab", lab, "-Command", """
        Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        Get-TrustAuthorityKeyProvider -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster') | ForEach-Object { $_.Name }
        """], in: folder)
        let stored = Set(listed.outputLines.filter { $0.hasPrefix("p") }.compactMap { Int($0.dropFirst()) })
        let lost = reported.subtracting(stored)
        #expect(lost.isEmpty, "reported but not stored: \(lost.sorted().prefix(10)); kills at \(kills) ms")
        #expect(reported.count > 500)
        #expect(stored.count == total)
    }

    /// One vtash process fed commands `from..<to`; killed with SIGKILL after `killAfterMilliseconds`.
    static func runRound(lab: String, from: Int, to: Int, killAfterMilliseconds: Int?, in folder: URL) throws -> [String] {
        let process = Process()
        process.executableURL = VtashProcess.executable
        process.arguments = ["--lab", lab]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let collected = ReadBox()
        let reader = Thread { collected.set(output.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        var script = """
        Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        $vTA = Get-TrustAuthorityCluster 'vTA Cluster'

        """
        for index in from..<to {
            script += "try { New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name p\(index) "
                + "-KmipServerAddress 192.168.110.91 -ErrorAction Stop | Out-Null; 'ok \(index)' } catch { 'failed \(index)' }\n"
        }
        // Writing may fail once the process is killed; what matters is what it reported.
        let bytes = Data(script.utf8)
        let writer = Thread {
            try? input.fileHandleForWriting.write(contentsOf: bytes)
            try? input.fileHandleForWriting.close()
        }
        signal(SIGPIPE, SIG_IGN)
        writer.start()
        if let killAfterMilliseconds {
            usleep(useconds_t(killAfterMilliseconds * 1000))
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return String(decoding: collected.get(), as: UTF8.self).split(separator: "\n").map(String.init)
    }
}

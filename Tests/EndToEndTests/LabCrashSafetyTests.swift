import Foundation
import Testing
import TestSupport

/// SIGKILL while vtash stores 1,000 key providers, at fixed points: the lab file stays sound, every command
/// that reported success is in it, and nothing else is, except the one command that was running when the kill
/// came (each cmdlet is one transaction: stored whole or not at all).
///
/// The kill points are fixed command numbers, not delays: a round is fed the commands up to the kill point `k`
/// and one more, `k + 1`; once vtash has printed the acknowledgement of `k` it gets SIGKILL. So at the kill
/// command `k + 1` is the only one that can be under way, and the lab must then hold exactly `p0 ... pk`, or
/// `p0 ... pk+1` when `k + 1` committed before the kill landed. The next round goes on from what is stored.
@Suite struct LabCrashSafetyTests {
    static let total = 1000
    /// Acknowledged command numbers after which vtash is killed: the first command, early ones, powers of two
    /// (SQLite page and WAL boundaries are not known to the test, so spread them), and the next to last.
    static let killPoints = [0, 2, 9, 64, 127, 250, 401, 512, 777, 997]

    @Test(.timeLimit(.minutes(10))) func killedMidWriteTheLabKeepsEveryReportedChangeAndNothingHalfDone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lab = folder.appendingPathComponent("lab.sqlite").path
        var acknowledged = Set<Int>()
        // A set: a command stored without acknowledgement stays so in every later round's listing.
        var storedButUnacknowledged = Set<Int>()
        var next = 0

        for point in Self.killPoints {
            try #require(point >= next, "kill point \(point) is before the next command \(next)")
            let round = try Self.runRound(lab: lab, commands: next...(point + 1), killAfterAcknowledging: point, in: folder)
            #expect(round.failed.isEmpty, "commands that failed: \(round.failed)")
            #expect(round.acknowledged.contains(point), "round \(next)...\(point + 1): no acknowledgement of \(point)")
            acknowledged.formUnion(round.acknowledged)

            let stored = try Self.storedProviders(lab: lab, in: folder)
            #expect(stored.integrity == "Integrity:    ok", "after the kill at \(point): \(stored.integrity)")
            let count = stored.numbers.count
            #expect(count == point + 1 || count == point + 2, "after the kill at \(point) the lab holds \(count) providers")
            #expect(stored.numbers.sorted() == Array(0..<count), "after the kill at \(point) the stored providers are not p0...p\(count - 1)")
            #expect(acknowledged.isSubset(of: Set(stored.numbers)), "acknowledged but not stored: \(acknowledged.subtracting(stored.numbers).sorted())")
            storedButUnacknowledged.formUnion(stored.numbers.filter { !acknowledged.contains($0) })
            next = count
        }

        let last = try Self.runRound(lab: lab, commands: next...(Self.total - 1), killAfterAcknowledging: nil, in: folder)
        #expect(last.failed.isEmpty, "commands that failed: \(last.failed)")
        acknowledged.formUnion(last.acknowledged)

        let stored = try Self.storedProviders(lab: lab, in: folder)
        #expect(stored.integrity == "Integrity:    ok")
        #expect(stored.numbers.sorted() == Array(0..<Self.total))
        // What was stored without an acknowledgement can only be the one command running at a kill.
        #expect(storedButUnacknowledged.isSubset(of: Set(Self.killPoints.map { $0 + 1 })), "\(storedButUnacknowledged.sorted())")
        #expect(acknowledged.count + storedButUnacknowledged.count == Self.total)
        #expect(acknowledged.count >= Self.total - Self.killPoints.count)
    }

    struct Round {
        var acknowledged: Set<Int>
        var failed: [Int]
    }

    /// One vtash process fed `commands`; with `killAfterAcknowledging`, killed with SIGKILL as soon as it has
    /// printed `ok N` for that number, otherwise left to finish.
    static func runRound(lab: String, commands: ClosedRange<Int>, killAfterAcknowledging point: Int?, in folder: URL) throws -> Round {
        let vtash = try RunningVtash(["--lab", lab], in: folder)
        var script = """
        Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        $vTA = Get-TrustAuthorityCluster 'vTA Cluster'

        """
        for index in commands {
            script += "try { New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name p\(index) "
                + "-KmipServerAddress 192.168.110.91 -ErrorAction Stop | Out-Null; 'ok \(index)' } catch { 'failed \(index)' }\n"
        }
        // Writing fails once the process is killed; what matters is what it acknowledged.
        vtash.send(script)
        if let point {
            // A wait for the acknowledgement, not a timing bound: the test's time limit stops a vtash that hangs.
            _ = vtash.output.waitFor(line: "ok \(point)", after: 0, timeout: 300)
            vtash.kill(SIGKILL)
        }
        vtash.finish()
        let lines = vtash.output.text(from: 0).split(separator: "\n").map(String.init)
        return Round(acknowledged: Set(lines.compactMap { $0.hasPrefix("ok ") ? Int($0.dropFirst(3)) : nil }),
                     failed: lines.compactMap { $0.hasPrefix("failed ") ? Int($0.dropFirst(7)) : nil })
    }

    /// The integrity line of `vtash lab show` and the numbers of the stored providers `pN`, in stored order.
    static func storedProviders(lab: String, in folder: URL) throws -> (integrity: String, numbers: [Int]) {
        let shown = try VtashProcess.run(["--lab", lab, "lab", "show"], in: folder)
        let integrity = shown.outputLines.first { $0.hasPrefix("Integrity:") } ?? "no integrity line: \(shown.output)\(shown.errors)"
        let listed = try VtashProcess.run(["--lab", lab, "-Command", """
        Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        Get-TrustAuthorityKeyProvider -TrustAuthorityCluster (Get-TrustAuthorityCluster 'vTA Cluster') | ForEach-Object { $_.Name }
        """], in: folder)
        return (integrity, listed.outputLines.filter { $0.hasPrefix("p") }.compactMap { Int($0.dropFirst()) })
    }
}

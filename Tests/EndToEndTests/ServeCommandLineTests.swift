import Foundation
import Testing
import TestSupport

/// `vtash serve` as an operator starts and stops it.
@Suite struct ServeCommandLineTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(.timeLimit(.minutes(2))) func sigtermStopsTheServerCleanly() throws {
        let folder = try Self.folder()
        let server = try ServeProcess(lab: folder.appendingPathComponent("lab.sqlite").path, in: folder)
        let port = try #require(server.waitForPort(), "vtash serve did not start: \(server.lines)")
        #expect(port > 0)
        server.signal(SIGTERM)
        #expect(server.waitForExit() == 0)
        #expect(server.lines.contains { $0.contains("stopped") })
        let key = folder.appendingPathComponent("lab.sqlite-serve/server-key.pem").path
        let mode = (try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
    }

    @Test(.timeLimit(.minutes(2))) func sigintStopsItToo() throws {
        let folder = try Self.folder()
        let server = try ServeProcess(lab: folder.appendingPathComponent("lab.sqlite").path, in: folder)
        _ = try #require(server.waitForPort())
        server.signal(SIGINT)
        #expect(server.waitForExit() == 0)
    }

    @Test(arguments: [
        (["serve", "--listen", "127.0.0.1"], "--listen needs HOST:PORT"),
        (["serve", "--listen", "127.0.0.1:70000"], "--listen needs HOST:PORT"),
        (["serve", "--cert", "c.pem"], "--cert and --key go together"),
        (["serve", "--session-idle-timeout", "0"], "--session-idle-timeout needs a number of seconds greater than 0"),
        // swift-argument-parser's words for these two.
        (["serve", "--bogus"], "Unknown option '--bogus'"),
        (["serve", "--lab"], "Missing value for '--lab <path>'"),
    ])
    func badArgumentsAreRefusedWithAReason(arguments: [String], reason: String) throws {
        let result = try VtashProcess.run(arguments)
        #expect(result.status == 64)
        #expect(result.errors.contains(reason))
    }

    @Test func aLabWithoutATrustAuthorityVCenterCannotBeServed() throws {
        let folder = try Self.folder()
        let definition = folder.appendingPathComponent("lab.yaml")
        try Data("""
        vCenters:
          - address: 10.0.0.1
            users:
              - name: trustedadmin
                password: VMware1!
                groups: [TrustedAdmins]
            trustAuthorityClusters: []
        """.utf8).write(to: definition)
        let lab = folder.appendingPathComponent("lab.sqlite").path
        let made = try VtashProcess.run(["lab", "init", lab, "--from", definition.path])
        #expect(made.status == 0, "\(made.errors)")
        let result = try VtashProcess.run(["serve", "--lab", lab, "--listen", "127.0.0.1:0"])
        #expect(result.status == 70)
        #expect(result.errors.contains("The lab has no vCenter with a Trust Authority cluster to serve."))
    }

    @Test func helpNamesEveryOption() throws {
        let result = try VtashProcess.run(["serve", "--help"])
        #expect(result.status == 0)
        for option in ["--lab", "--listen", "--cert", "--key", "--verbose", "--session-idle-timeout", "--vcenter"] {
            #expect(result.output.contains(option))
        }
    }
}

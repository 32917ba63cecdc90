import TestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The files vtash writes that hold secrets, read with stat while and after vtash writes them: the lab key
/// of `New-LabKeyServerClientCertificate`, the lab file of `vtash lab export`, `Start-Transcript` files.
/// Each is 0600 from the moment it exists: inotify reports no attribute change (no chmod after the
/// create) and a thread that stats the path in a tight loop never sees the file (its inode) with
/// another mode.
@Suite struct SecretFileModeTests {
    private func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-modes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func status(_ path: URL) -> (mode: UInt32, inode: UInt64)? {
        var status = stat()
        guard lstat(path.path, &status) == 0 else { return nil }
        return (UInt32(status.st_mode) & 0o7777, UInt64(status.st_ino))
    }

    private func writePublic(_ text: String, to path: URL) throws {
        try Data(text.utf8).write(to: path)
        #expect(chmod(path.path, 0o644) == 0)
        #expect(status(path)?.mode == 0o644)
    }

    private static let issue = "New-LabKeyServerClientCertificate -KeyServer 192.168.110.91 -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key"

    @Test func theLabKeyIsBorn0600AndNeverChmodded() throws {
        let folder = try makeFolder()
        let watch = try DirectoryWatch(directory: folder.path, name: "kms.key")
        let result = try VtashProcess.run(["-Command", Self.issue], in: folder)
        let seen = watch.stop()
        let events = watch.events()
        #expect(result.status == 0 && result.errors.isEmpty, "\(result.errors)")
        let key = folder.appendingPathComponent("kms.key")
        #expect(status(key)?.mode == 0o600)
        #expect(try String(contentsOf: key, encoding: .utf8).hasPrefix("-----BEGIN PRIVATE KEY-----"))
        #expect(events.contains { $0.mask & UInt32(IN_CREATE) != 0 }, "events: \(events)")
        #expect(!DirectoryWatch.changedAttributes(events), "the key file's attributes changed after it was created: \(events)")
        #expect(!seen.modes.isEmpty && seen.modes.values.allSatisfy { $0 == [0o600] }, "modes seen: \(seen.modes)")
    }

    @Test func anExistingKeyFileIsRefusedWithoutForceAndLeftAsItWas() throws {
        let folder = try makeFolder()
        let key = folder.appendingPathComponent("kms.key")
        try writePublic("not a key\n", to: key)
        let result = try VtashProcess.run(["-Command", Self.issue], in: folder)
        #expect(result.errors.contains("The file '\(key.path)' already exists. Use -Force to overwrite it."), "\(result.errors)")
        #expect(try String(contentsOf: key, encoding: .utf8) == "not a key\n")
        #expect(status(key)?.mode == 0o644)
    }

    @Test func forceReplacesAWiderKeyFileWithANew0600One() throws {
        let folder = try makeFolder()
        let key = folder.appendingPathComponent("kms.key")
        try writePublic("old\n", to: key)
        let oldInode = try #require(status(key)?.inode)
        let watch = try DirectoryWatch(directory: folder.path, name: "kms.key")
        let result = try VtashProcess.run(["-Command", Self.issue + " -Force"], in: folder)
        let seen = watch.stop()
        let events = watch.events()
        #expect(result.status == 0 && result.errors.isEmpty, "\(result.errors)")
        let now = try #require(status(key))
        #expect(now.mode == 0o600)
        #expect(now.inode != oldInode)
        #expect(try String(contentsOf: key, encoding: .utf8).hasPrefix("-----BEGIN PRIVATE KEY-----"))
        #expect(!DirectoryWatch.changedAttributes(events), "events: \(events)")
        #expect(seen.modes[now.inode] == [0o600], "modes seen: \(seen.modes)")
    }

    @Test func aKeyFileInAMissingFolderIsDirectoryNotFoundAsInDotNet() throws {
        let folder = try makeFolder()
        let result = try VtashProcess.run(["-Command", "New-LabKeyServerClientCertificate -KeyServer 192.168.110.91 -CertificateFilePath kms.pem -PrivateKeyFilePath nowhere/kms.key"], in: folder)
        #expect(result.errors.contains("Could not find a part of the path '\(folder.path)/nowhere/kms.key'."), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nowhere").path))
    }

    /// The export is written as a new 0600 file renamed over the target (not by changing the old file's
    /// mode), so a 0644 file that was there ends 0600 and its old inode is gone.
    @Test func labExportOverAnExisting0644FileEnds0600() throws {
        let folder = try makeFolder()
        let target = folder.appendingPathComponent("lab.yaml")
        try writePublic("old export\n", to: target)
        let oldInode = try #require(status(target)?.inode)
        let lab = folder.appendingPathComponent("lab.sqlite").path
        #expect(try VtashProcess.run(["lab", "init", lab], in: folder).status == 0)
        let watch = try DirectoryWatch(directory: folder.path, name: "lab.yaml")
        let result = try VtashProcess.run(["lab", "export", "lab.yaml", "--lab", lab], in: folder)
        let seen = watch.stop()
        let events = watch.events()
        #expect(result.status == 0, "\(result.errors)")
        let now = try #require(status(target))
        #expect(now.mode == 0o600)
        #expect(now.inode != oldInode)
        #expect(try String(contentsOf: target, encoding: .utf8).contains("name: trustedadmin"))
        #expect(!DirectoryWatch.changedAttributes(events), "events: \(events)")
        #expect(seen.modes[now.inode] == [0o600], "modes seen: \(seen.modes)")
    }

    @Test func aTranscriptIsBorn0600() throws {
        let folder = try makeFolder()
        let watch = try DirectoryWatch(directory: folder.path, name: "session.txt")
        let result = try VtashProcess.run(["-Command", "Start-Transcript -Path session.txt | Out-Null; 'hello'; Stop-Transcript | Out-Null"], in: folder)
        let seen = watch.stop()
        let events = watch.events()
        #expect(result.status == 0, "\(result.errors)")
        let file = folder.appendingPathComponent("session.txt")
        #expect(status(file)?.mode == 0o600)
        #expect(!DirectoryWatch.changedAttributes(events), "events: \(events)")
        #expect(!seen.modes.isEmpty && seen.modes.values.allSatisfy { $0 == [0o600] }, "modes seen: \(seen.modes)")
    }

    @Test func appendingToAWiderTranscriptMakesIt0600() throws {
        let folder = try makeFolder()
        let file = folder.appendingPathComponent("session.txt")
        try writePublic("earlier session\n", to: file)
        let result = try VtashProcess.run(["-Command", "Start-Transcript -Path session.txt -Append | Out-Null; 'hello'; Stop-Transcript | Out-Null"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(status(file)?.mode == 0o600)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("earlier session\n**********************\n"))
    }

    @Test func overwritingAWiderTranscriptLeavesANew0600File() throws {
        let folder = try makeFolder()
        let file = folder.appendingPathComponent("session.txt")
        try writePublic("earlier session\n", to: file)
        let result = try VtashProcess.run(["-Command", "Start-Transcript -Path session.txt | Out-Null; 'hello'; Stop-Transcript | Out-Null"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(status(file)?.mode == 0o600)
        #expect(!(try String(contentsOf: file, encoding: .utf8)).contains("earlier session"))
    }
}

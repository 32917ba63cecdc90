import TestSupport
import Foundation
import Testing
@testable import ShellEngine

#if canImport(Glibc)
import Glibc
#endif

/// Files holding secrets are born 0600: never created wider and narrowed afterwards, never left with an
/// existing file's wider mode. Modes are read with stat; the window is watched with inotify (no IN_ATTRIB:
/// nothing chmod-ed the file after it appeared) and with a thread that stats the path in a tight loop.
@Suite struct PrivateFileTests {
    private func makeDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-private-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return path
    }

    private func mode(_ path: String) -> UInt32? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return UInt32(status.st_mode) & 0o7777
    }

    private func inode(_ path: String) -> UInt64? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return UInt64(status.st_ino)
    }

    private func writePublic(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o644) == 0)
        #expect(mode(path) == 0o644)
    }

    @Test func createMakesAFileOnlyItsOwnerCanReadAndNothingChangesItsModeAfterwards() throws {
        let directory = try makeDirectory()
        let watch = try DirectoryWatch(directory: directory, name: "client.key")
        try PrivateFile.create(directory + "/client.key", contents: Array("-----BEGIN PRIVATE KEY-----\n".utf8))
        let seen = watch.stop()
        let events = watch.events()
        #expect(mode(directory + "/client.key") == 0o600)
        #expect(events.contains { $0.mask & UInt32(IN_CREATE) != 0 })
        #expect(!DirectoryWatch.changedAttributes(events), "events: \(events)")
        #expect(!seen.modes.isEmpty)
        #expect(seen.modes.values.allSatisfy { $0 == [0o600] }, "modes seen while it was created: \(seen.modes)")
        #expect(try String(contentsOfFile: directory + "/client.key", encoding: .utf8) == "-----BEGIN PRIVATE KEY-----\n")
    }

    @Test func createRefusesAnExistingFileAndLeavesItUnchanged() throws {
        let directory = try makeDirectory()
        let path = directory + "/client.key"
        try writePublic("old key\n", to: path)
        #expect(throws: PrivateFileError.self) { try PrivateFile.create(path, contents: Array("new key\n".utf8)) }
        do {
            try PrivateFile.create(path, contents: [])
        } catch {
            #expect(error.kind == .exists)
            #expect(error.message == "The file '\(path)' already exists.")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old key\n")
        #expect(mode(path) == 0o644)
    }

    @Test func createDoesNotFollowASymbolicLinkEvenADanglingOne() throws {
        let directory = try makeDirectory()
        let target = directory + "/elsewhere.key"
        #expect(symlink(target, directory + "/client.key") == 0)
        #expect(throws: PrivateFileError.self) { try PrivateFile.create(directory + "/client.key", contents: Array("secret".utf8)) }
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func createInAMissingFolderIsDirectoryNotFound() throws {
        let directory = try makeDirectory()
        let path = directory + "/missing/client.key"
        do {
            try PrivateFile.create(path, contents: [])
            Issue.record("created a file in a missing folder")
        } catch {
            #expect(error.kind == .directoryNotFound)
            #expect(error.message == "Could not find a part of the path '\(path)'.")
            #expect(error.exceptionName == "DirectoryNotFoundException")
        }
    }

    /// .NET's FileStream messages: UnauthorizedAccessException "Access to the path '...' is denied.",
    /// DirectoryNotFoundException "Could not find a part of the path '...'.", IOException for an existing file.
    /// (Mapped from errno: the tests may run as root, for whom no folder is read-only.)
    @Test(arguments: [
        (EACCES, PrivateFileError.Kind.accessDenied, "Access to the path '/x/k.key' is denied.", "UnauthorizedAccessException"),
        (EPERM, .accessDenied, "Access to the path '/x/k.key' is denied.", "UnauthorizedAccessException"),
        (EROFS, .accessDenied, "Access to the path '/x/k.key' is denied.", "UnauthorizedAccessException"),
        (ENOENT, .directoryNotFound, "Could not find a part of the path '/x/k.key'.", "DirectoryNotFoundException"),
        (ENOTDIR, .directoryNotFound, "Could not find a part of the path '/x/k.key'.", "DirectoryNotFoundException"),
        (EEXIST, .exists, "The file '/x/k.key' already exists.", "IOException"),
        (ENOSPC, .other, "The file '/x/k.key' could not be written: No space left on device.", "IOException"),
    ])
    func failuresAreNamedAsDotNetNamesThem(code: Int32, kind: PrivateFileError.Kind, message: String, exception: String) {
        let error = PrivateFileError(code, path: "/x/k.key")
        #expect(error.kind == kind)
        #expect(error.message == message)
        #expect(error.exceptionName == exception)
    }

    @Test func replaceLeavesAnExistingWiderFileAsANew0600File() throws {
        let directory = try makeDirectory()
        let path = directory + "/lab.yaml"
        try writePublic("old\n", to: path)
        let oldInode = try #require(inode(path))
        let watch = try DirectoryWatch(directory: directory, name: "lab.yaml")
        try PrivateFile.replace(path, contents: Array("new\n".utf8))
        let seen = watch.stop()
        let events = watch.events()
        #expect(mode(path) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        let newInode = try #require(inode(path))
        #expect(newInode != oldInode)
        #expect(events.contains { $0.mask & UInt32(IN_MOVED_TO) != 0 }, "events: \(events)")
        #expect(!DirectoryWatch.changedAttributes(events), "events: \(events)")
        // The old file was seen 0644 with the old text; the new one was never seen with another mode.
        #expect(seen.modes[newInode].map { $0 == [0o600] } ?? true, "modes seen: \(seen.modes)")
        #expect(seen.modes.keys.allSatisfy { $0 == oldInode || $0 == newInode })
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["lab.yaml"])
    }

    @Test func replaceRefusesADirectory() throws {
        let directory = try makeDirectory()
        try FileManager.default.createDirectory(atPath: directory + "/out", withIntermediateDirectories: false)
        do {
            try PrivateFile.replace(directory + "/out", contents: Array("x".utf8))
            Issue.record("replaced a directory")
        } catch {
            #expect(error.kind == .isDirectory)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["out"])
    }

    @Test func appendingMakesAnExistingFile0600BeforeWritingToIt() throws {
        let directory = try makeDirectory()
        let path = directory + "/transcript.txt"
        try writePublic("before\n", to: path)
        let descriptor = try PrivateFile.openForWriting(path, .append)
        #expect(mode(path) == 0o600)
        try PrivateFile.write(Array("after\n".utf8), to: descriptor, path: path)
        close(descriptor)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "before\nafter\n")
    }

    @Test func openingANewFileForWritingCreatesIt0600() throws {
        let directory = try makeDirectory()
        let watch = try DirectoryWatch(directory: directory, name: "transcript.txt")
        let descriptor = try PrivateFile.openForWriting(directory + "/transcript.txt", .createNew)
        close(descriptor)
        let seen = watch.stop()
        #expect(!DirectoryWatch.changedAttributes(watch.events()))
        #expect(seen.modes.values.allSatisfy { $0 == [0o600] }, "modes seen: \(seen.modes)")
        #expect(mode(directory + "/transcript.txt") == 0o600)
        #expect(throws: PrivateFileError.self) { try PrivateFile.openForWriting(directory + "/transcript.txt", .createNew) }
    }

    @Test func overwritingForWritingReplacesAWiderFileWithAnEmpty0600One() throws {
        let directory = try makeDirectory()
        let path = directory + "/transcript.txt"
        try writePublic("old session\n", to: path)
        let descriptor = try PrivateFile.openForWriting(path, .replace)
        close(descriptor)
        #expect(mode(path) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "")
    }
}

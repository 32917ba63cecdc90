import Foundation
import Testing
import TestSupport

/// `vtash -File/-Command` keeps the shell until exit instead of tearing it down (VtashCommandLine.keepUntilExit):
/// what teardown did for the lab file must still happen.
extension LabPersistenceTests {
    /// After `vtash -Command` the lab file alone holds what the command changed: SQLite moves the WAL's pages into
    /// the database file and removes the WAL when its last connection closes, so a lab copied (or backed up) as its
    /// one file after the process ended has the change.
    @Test func aLabFileCopiedAfterVtashCommandHoldsTheCommandsChange() throws {
        // Made first by a process that tears its lab down, so that the file exists before the -Command run.
        #expect(try vtash(["lab", "show", "--lab", lab]).status == 0)
        let changed = try vtash(["--lab", lab, "-Command", ProcedureScripts.connect])
        #expect(changed.status == 0 && changed.errors == "")
        let leftBehind = ["-wal", "-shm"].filter { FileManager.default.fileExists(atPath: lab + $0) }
        let copy = folder.appendingPathComponent("copy.sqlite").path
        try FileManager.default.copyItem(atPath: lab, toPath: copy)
        let shownCopy = try vtash(["lab", "show", "--lab", copy]).output
        #expect(leftBehind == [])
        #expect(shownCopy.contains("Key providers: 1"), "the copy shows:\n\(shownCopy)")
    }
}

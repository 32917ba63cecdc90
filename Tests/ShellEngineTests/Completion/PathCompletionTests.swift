import Foundation
import Testing
@testable import ShellEngine
import TestSupport

@Suite struct PathCompletionTests {
    let shell = CompletionFixture.shell()
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-completion-\(UUID().uuidString)").path
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory + "/certs dir", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: directory + "/certs", withIntermediateDirectories: true)
        _ = manager.createFile(atPath: directory + "/client.pem", contents: Data())
        _ = manager.createFile(atPath: directory + "/Client.csr", contents: Data())
        _ = manager.createFile(atPath: directory + "/.hidden", contents: Data())
        // Not setLocation: that also moves the test process's working directory, which other tests use.
        shell.location = directory
    }

    func complete(_ text: String) -> CompletionCandidates { CompletionFixture.complete(text, in: shell) }

    @Test func pathParameterOffersFilesRelativeToTheLocation() {
        #expect(complete("Get-Widget -Path cl").candidates == ["Client.csr", "client.pem"])
    }

    @Test func directoriesEndWithASlashAndNamesWithSpacesAreQuoted() {
        #expect(complete("Get-Widget -Path ce").candidates == ["certs/", "'certs dir/'"])
    }

    @Test func directoryPartIsKeptAsTyped() {
        #expect(complete("Get-Widget -Path \(directory)/client.p").candidates == ["\(directory)/client.pem"])
    }

    @Test func hiddenFilesOnlyWhenTheNameStartsWithADot() {
        #expect(!complete("Get-Widget -Path ").candidates.contains(".hidden"))
        #expect(complete("Get-Widget -Path .h").candidates == [".hidden"])
    }

    @Test func unknownCommandArgumentsFallBackToPaths() {
        #expect(complete("Some-Unknown cl").candidates == [])
        shell.run("function Show-It { param($Item) }")
        #expect(complete("Show-It cl").candidates == ["Client.csr", "client.pem"])
    }

    @Test func commandPositionWithASlashCompletesPaths() {
        #expect(complete("./cl").candidates == ["./Client.csr", "./client.pem"])
    }

    @Test func integerParameterOffersNoPaths() {
        #expect(complete("Get-Widget -Count cl") == .none)
    }
}

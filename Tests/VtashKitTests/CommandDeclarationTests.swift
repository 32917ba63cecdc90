import ShellEngine
import Testing
import TestSupport
import TrustAuthority
import VtashKit

/// Every cmdlet a configured shell registers is declared soundly: its `@Parameter` properties are all
/// found, none is declared twice, and none can be read unbound without a value to read.
@Suite struct CommandDeclarationTests {
    @Test func everyRegisteredCmdletDerivesItsMetadataWithoutProblems() throws {
        let shell = ConfiguredShell.make(host: RecordingHost(), lab: try Lab.makeDefault())
        var problems: [String] = []
        for type in shell.registry.allCmdlets {
            problems += DeclarationCheck.problems(of: type)
        }
        #expect(problems == [])
        #expect(shell.registry.allCmdlets.count > 70)
    }

    @Test func derivedMetadataNamesParametersAfterTheirPropertiesWithTheirTypesAndSets() throws {
        let shell = ConfiguredShell.make(host: RecordingHost(), lab: try Lab.makeDefault())
        let metadata = try #require(shell.registry.cmdlet(named: "New-TrustAuthorityKeyProvider")?.metadata)
        let byName = Dictionary(uniqueKeysWithValues: metadata.parameters.map { ($0.name, $0) })
        #expect(metadata.parameters.map(\.name).prefix(5) == ["Name", "PrimaryKeyId", "MasterKeyId", "KmipServerAddress", "TrustAuthorityCluster"])
        #expect(byName["ConnectionTimeOutSeconds"]?.type == .long)
        #expect(byName["KmipServerPassword"]?.type == .secureString)
        #expect(byName["PrimaryKeyId"]?.sets.keys.sorted() == ["PrimaryKey"])
        #expect(byName["PrimaryKeyId"]?.sets["PrimaryKey"]?.mandatory == true)
        #expect(byName["Name"]?.sets[ParameterSetMembership.allSets]?.position == 0)
        #expect(byName["TrustAuthorityCluster"]?.type == .object(typeName: "VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityCluster", acceptsName: true))
        #expect(byName["TrustAuthorityCluster"]?.sets[ParameterSetMembership.allSets]?.pipeline == .byValue)
        #expect(metadata.parameterSetNames == ["PrimaryKey", "MasterKey"])
    }
}

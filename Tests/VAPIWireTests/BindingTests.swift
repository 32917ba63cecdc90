import Foundation
import Testing
import TrustAuthority
@testable import VAPIWire

@Suite struct BindingTests {
    static let labErrors: [LabError] = [
        .providerExists("a"), .providerNotFound("b"), .keyServerNotFound("c"), .noClientCertificate("d"), .noSigningRequest("e"),
        .certificateDoesNotMatchKey, .certificateDoesNotMatchSigningRequest("f"), .lastServer("g"), .serverExists("h"), .liveServer("i"),
        .keyServerExists("j"), .invalidKeyServer("k"), .keyServer("l"), .keyServerUnreachable(endpoint: "m:1", reason: "n"),
        .store(path: "/o", detail: "p"), .store(path: nil, detail: "q"), .labExists("r"), .cannotWrite(path: "s", reason: "t"),
        .certificate(.noPEMBlock(source: "u", expected: .privateKey)), .certificate(.damagedPEM(source: "v", detail: "w")),
        .certificate(.wrongPEMContent(source: "x", expected: .signingRequest, found: "y")), .certificate(.malformedCertificate(source: "z", detail: "1")),
        .certificate(.malformedPrivateKey(source: "2", detail: "3")), .certificate(.malformedSigningRequest(source: "4", detail: "5")),
        .certificate(.encryptedPrivateKey(source: "6")), .certificate(.unsupportedKey(source: "7", detail: "8")),
        .certificate(.unsupportedCertificateKey(subject: "9")), .certificate(.signingRequestSignatureInvalid(source: "10")),
        .certificate(.keyDoesNotMatch(keySource: "11", subject: "12")), .certificate(.invalidName(detail: "13")),
        .certificate(.invalidValidity(days: 14)), .certificate(.signingFailed(detail: "15")),
        // The workflow's refusals, so a shell on a served lab prints the local cmdlet's error id and words.
        .vCenterNotFound("16"), .userNotFound(user: "17", vCenter: "18"), .notTrustedAdmin(user: "19", vCenter: "20"),
        .trustAuthorityClusterNotFound(cluster: "21", vCenter: "22"), .trustedClusterNotFound(cluster: "23", vCenter: "24"),
        .clusterDisabled(cluster: "25"), .principalChainInvalid(source: "26", reason: "27"), .principalExists("28"), .principalNotFound("29"),
        .domainWithoutName, .notACACertificate(subject: "30"), .tpmCACertificateInvalid(name: "31", reason: "32"), .tpmCACertificateExists("33"),
        .tpmCACertificateNotFound("34"), .endorsementKeyExists("35"), .endorsementKeyNotFound("36"), .baseImageExists("37"),
        .baseImageNotFound("38"), .invalidKeyProviderSetting("39"), .serviceRegistrationExists("40"), .serviceRegistrationNotFound("41"),
        .serviceRegistrationInUse(id: "42", cluster: "43"), .serviceAlreadyApplied(id: "44", cluster: "45"),
        .serviceNotApplied(id: "46", cluster: "47"), .nothingToRemediate(cluster: "48"),
    ]

    /// A client of a served lab gets back the very error the lab raised (and so its message).
    @Test(arguments: labErrors)
    func labErrorsTravelInData(error: LabError) {
        #expect(ErrorDataBinding.failure(ErrorDataBinding.data(error)) == .lab(error))
    }

    @Test func accessAndLookupErrorsTravelInData() {
        for error in [AccessError.unknownVCenter("a"), .incorrectCredentials, .notTrustedAdmin("VSPHERE.LOCAL\\u")] {
            #expect(ErrorDataBinding.failure(ErrorDataBinding.data(error)) == .access(error))
        }
        for error in [LookupError.clusterNotFound("a"), .providerNotFound("b"), .noSigningRequest("c")] {
            #expect(ErrorDataBinding.failure(ErrorDataBinding.data(error)) == .lookup(error))
        }
    }

    @Test func aLabErrorKindThisSideDoesNotKnowDecodesToNothing() {
        #expect(ErrorDataBinding.failure(ErrorDataBinding.structure("fromTheFuture", ["x"])) == nil)
        #expect(ErrorDataBinding.failure(.string("not a structure")) == nil)
    }

    static func provider() -> KeyProvider {
        var provider = KeyProvider(name: "clkp", clusterId: "domain-c8", primaryKeyId: "8", description: "d",
                                   servers: [KeyProviderServer(name: "kms1", address: "192.168.110.91", port: 5696),
                                             KeyProviderServer(name: "kms2", address: "kms.example", port: 5697)],
                                   connectionTimeoutSeconds: 45)
        provider.proxyAddress = "127.0.0.1"
        provider.proxyPort = 3128
        provider.kmipServerUsername = "vcqekmip"
        return provider
    }

    static func same(_ a: KeyProvider, _ b: KeyProvider) -> Bool {
        a.name == b.name && a.clusterId == b.clusterId && a.primaryKeyId == b.primaryKeyId && a.description == b.description
            && a.proxyAddress == b.proxyAddress && a.proxyPort == b.proxyPort && a.connectionTimeoutSeconds == b.connectionTimeoutSeconds
            && a.servers == b.servers && a.kmipServerUsername == b.kmipServerUsername
    }

    @Test func aProviderSurvivesCreateSpecAndInfo() throws {
        let provider = Self.provider()
        let spec = try VAPIInput(KeyProviderBinding.createSpec(provider))
        #expect(Self.same(try KeyProviderBinding.provider(createSpec: spec, cluster: "domain-c8"), provider))
        let status = ProviderStatus(provider: provider.id, health: .warning, details: ["x"], servers: [
            .init(server: "kms1", health: .ok, details: [], clientTrustsServer: true, serverTrustsClient: true),
            .init(server: "kms2", health: .error, details: ["y"], clientTrustsServer: false, serverTrustsClient: true),
        ])
        let info = KeyProviderBinding.info(provider, status: status)
        #expect(Self.same(try KeyProviderBinding.provider(info: info, name: "clkp", cluster: "domain-c8"), provider))
        let back = try KeyProviderBinding.status(info: info, providerId: provider.id)
        #expect(back.health == .warning && back.details == ["x"])
        #expect(back.servers.map(\.name) == ["kms1", "kms2"])
        #expect(back.servers.map(\.clientTrustServer) == [true, false])
        #expect(back.servers.map(\.serverTrustClient) == [true, true])
        #expect(back.servers[1].details == ["y"])
    }

    @Test func anUpdateSpecChangesOnlyWhatItSets() throws {
        let settings = KeyProviderSettings(description: "new", servers: [KeyProviderServer(name: "a", address: "b", port: 1)])
        let read = try KeyProviderBinding.settings(updateSpec: try VAPIInput(KeyProviderBinding.updateSpec(settings)))
        #expect(read == settings)
        let empty = try KeyProviderBinding.settings(updateSpec: try VAPIInput(KeyProviderBinding.updateSpec(KeyProviderSettings())))
        #expect(empty == KeyProviderSettings())
    }

    @Test func aCreateSpecOfAnotherKeyServerTypeIsRefused() throws {
        let spec = try VAPIInput(.structure("c", [("provider", .string("p")), ("master_key_id", .string("1")),
                                                  ("key_server", .structure("k", [("type", .string("NATIVE"))]))]))
        #expect(throws: VAPIDecodingError("The field 'key_server.type' must be KMIP, not 'NATIVE'.")) {
            try KeyProviderBinding.provider(createSpec: spec, cluster: "domain-c8")
        }
    }

    @Test func taskInfoFollowsTheSDKsUnionRules() throws {
        let start = Date(timeIntervalSince1970: 1000)
        let info = TaskInfo(service: ServiceName.providers, operation: "get", status: .succeeded, result: .string("r"),
                            startTime: start, endTime: start, user: "U", target: ("T", "clkp"))
        let value = info.value()
        guard case .structure(let structure) = value else {
            Issue.record("not a structure")
            return
        }
        // SUCCEEDED carries progress, start_time and end_time (com/vmware/cis/task_client.py, Info's UnionValidator).
        #expect(structure["progress"] != .unset && structure["start_time"] != .unset && structure["end_time"] != .unset)
        let back = try TaskInfo(value)
        #expect(back.status == .succeeded && back.result == .string("r") && back.user == "U" && back.target?.id == "clkp")
        guard case .structure(let excluded) = info.value(includeResult: false) else { return }
        #expect(excluded["result"] == .unset)
    }
}

extension LabError: CustomTestStringConvertible {
    public var testDescription: String { message }
}

import Testing
import TrustAuthority
@testable import VAPIWire

/// The typed envelopes as vmware-vapi-runtime 9.1.1.0 writes and reads them
/// (vmware/vapi/data/serializers/jsonrpc.py: VAPIJsonEncoder, JsonRpcDictToVapi), and as
/// shared/reference/x509-and-vapi.md §B.4 measured the SDK sending them.
@Suite struct VAPIValueCodingTests {
    /// The bytes vmware-vcenter 9.1.1.0 sends for `Providers(cfg).create_task("domain-c8", spec)`, captured by
    /// replacing the SDK's RequestsRpcProvider.do_request (unset optionals included, as §B.4 measured).
    static let createRequest = #"""
    {"jsonrpc":"2.0","method":"invoke","params":{"serviceId":"com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.kms.providers","operationId":"create$task","input":{"STRUCTURE":{"operation-input":{"cluster":"domain-c8","spec":{"STRUCTURE":{"com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.kms.providers.create_spec":{"provider":"kp-1","master_key_id":"mk-1","key_server":{"STRUCTURE":{"com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.kms.providers.key_server_create_spec":{"type":"KMIP","description":{"OPTIONAL":"test"},"proxy_server":{"OPTIONAL":null},"connection_timeout":{"OPTIONAL":null},"kmip_server":{"OPTIONAL":{"STRUCTURE":{"com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.kms.providers.kmip_server_create_spec":{"servers":[{"STRUCTURE":{"com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.kms.providers.server":{"name":"kms","address":{"STRUCTURE":{"com.vmware.vcenter.trusted_infrastructure.network_address":{"hostname":"127.0.0.1","port":{"OPTIONAL":5696}}}}}}}],"username":{"OPTIONAL":null}}}}}}}}}}}}}},"ctx":{"appCtx":{"opId":"b28a757d-db77-4331-bf70-df132e9a3101"},"securityCtx":{"schemeId":"com.vmware.vapi.std.security.session_id","sessionId":"abc"}}},"id":"0"}
    """#

    @Test func readsTheSDKsCreateRequest() throws {
        let request = try JSONRPCRequest(body: Array(Self.createRequest.utf8))
        #expect(request.id == .string("0"))
        #expect(request.serviceId == ServiceName.providers)
        #expect(request.operationId == "create$task")
        #expect(request.security == .session("abc"))
        #expect(request.operationTag == "b28a757d-db77-4331-bf70-df132e9a3101")
        let input = try VAPIInput(request.input)
        #expect(try input.string("cluster") == "domain-c8")
        let provider = try KeyProviderBinding.provider(createSpec: try input.structure("spec"), cluster: "domain-c8")
        #expect(provider.name == "kp-1")
        #expect(provider.primaryKeyId == "mk-1")
        #expect(provider.description == "test")
        #expect(provider.proxyAddress == nil)
        #expect(provider.connectionTimeoutSeconds == 30)
        #expect(provider.servers == [KeyProviderServer(name: "kms", address: "127.0.0.1", port: 5696)])
        #expect(provider.kmipServerUsername == nil)
    }

    @Test func readsALoginRequest() throws {
        let body = #"{"jsonrpc":"2.0","method":"invoke","id":"1","params":{"serviceId":"com.vmware.cis.session","operationId":"create","input":{"STRUCTURE":{"operation-input":{}}},"ctx":{"appCtx":{},"securityCtx":{"schemeId":"com.vmware.vapi.std.security.user_pass","userName":"u@vsphere.local","password":"p"}}}}"#
        let request = try JSONRPCRequest(body: Array(body.utf8))
        #expect(request.security == .userPassword(user: "u@vsphere.local", password: "p"))
    }

    @Test func writesEnvelopesAsTheRuntimeDoes() {
        let value = VAPIValue.structure("s", [
            ("o", .unset), ("p", .set(.integer(3))), ("k", .secret("x")), ("l", .list([.string("a")])), ("v", .void),
            ("b", .binary([1, 2])), ("m", .map([("id1", .bool(true))])),
        ])
        #expect(JSONWriter.string(value.jsonRPC) == #"{"STRUCTURE":{"s":{"o":{"OPTIONAL":null},"p":{"OPTIONAL":3},"k":{"SECRET":"x"},"l":["a"],"v":null,"b":{"BINARY":"AQI="},"m":[{"STRUCTURE":{"map-entry":{"key":"id1","value":true}}}]}}}"#)
    }

    @Test func envelopesRoundTrip() throws {
        let value = VAPIValue.structure("s", [
            ("o", .unset), ("p", .set(.set(.double(1.5)))), ("k", .secret("x")), ("e", .error(VAPIStructure(name: "n", fields: [("f", .string("g"))]))),
            ("b", .binary([0, 255])),
        ])
        #expect(try VAPIValue(jsonRPC: try JSONReader.read(JSONWriter.string(value.jsonRPC))) == value)
    }

    @Test(arguments: [
        (#"{"STRUCTURE":{"a":{},"b":{}}}"#, "a STRUCTURE must hold one name with an object of fields"),
        (#"{"OPTIONAL":1,"SECRET":"x"}"#, "an object value must be one envelope (STRUCTURE, OPTIONAL, SECRET, BINARY or ERROR), not 2 members"),
        (#"{"MAP":[]}"#, "unknown envelope 'MAP'"), (#"{"SECRET":1}"#, "a SECRET must hold a string"),
        (#"{"BINARY":"%%%"}"#, "a BINARY must hold base64 text"),
    ])
    func refusesMalformedEnvelopes(text: String, message: String) throws {
        let json = try JSONReader.read(text)
        #expect(throws: VAPIDecodingError(message)) { try VAPIValue(jsonRPC: json) }
    }

    @Test func aMalformedRequestIsAJSONRPCError() {
        #expect(throws: JSONRPCFailure.self) { try JSONRPCRequest(body: Array("{".utf8)) }
        do {
            _ = try JSONRPCRequest(body: Array(#"{"jsonrpc":"2.0","method":"notify","id":5}"#.utf8))
        } catch {
            #expect(error.code == .methodNotFound)
            #expect(JSONWriter.string(try! JSONReader.read(error.body)["id"]!) == "5")
        }
    }

    @Test func restJSONLeavesOutUnsetOptionalsAndMakesMapsObjects() {
        let value = VAPIValue.structure("s", [("o", .unset), ("p", .set(.integer(3))), ("k", .secret("x")), ("m", .map([("t1", .string("v"))]))])
        #expect(JSONWriter.string(value.restJSON) == #"{"p":3,"k":"x","m":{"t1":"v"}}"#)
    }

    @Test func inputNamesAMissingOrWrongFieldByItsPath() throws {
        let input = try VAPIInput(.structure("operation-input", [("spec", .structure("x", [("port", .string("five"))]))]))
        let spec = try input.structure("spec")
        #expect(throws: VAPIDecodingError("The field 'spec.port' must be an integer.")) { try spec.optionalInteger("port") }
        #expect(throws: VAPIDecodingError("The field 'spec.name' is missing.")) { try spec.string("name") }
        #expect(try spec.optionalString("absent") == nil)
    }

    @Test func aSecretReadsAsItsText() throws {
        let input = try VAPIInput(.structure("i", [("credential", .secret("pw")), ("maybe", .set(.secret("x")))]))
        #expect(try input.string("credential") == "pw")
        #expect(try input.string("maybe") == "x")
    }

    @Test func responsesRoundTripThroughTheClientsReader() throws {
        let error = VAPIError(.notFound, id: "i", "gone", data: ErrorDataBinding.data(LabError.providerNotFound("kp")))
        let read = try JSONRPCResponse(body: JSONRPCResponse(id: .string("3"), .error(error)).body)
        guard case .error(let back) = read.outcome else {
            Issue.record("an error came back as output")
            return
        }
        #expect(back == error)
        let output = try JSONRPCResponse(body: JSONRPCResponse(id: .integer(4), .output(.secret("s"))).body)
        guard case .output(let value) = output.outcome else {
            Issue.record("output came back as an error")
            return
        }
        #expect(value == .secret("s"))
        #expect(output.id == .integer(4))
    }

    @Test func dateTimesAreUTCWithMilliseconds() {
        #expect(DateTimeBinding.text(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(DateTimeBinding.text(Date(timeIntervalSince1970: 1_700_000_000.123)) == "2023-11-14T22:13:20.123Z")
        #expect(DateTimeBinding.date("2023-11-14T22:13:20.123Z") == Date(timeIntervalSince1970: 1_700_000_000.123))
    }
}

import Foundation

@Suite struct DirectWriterTests {
    /// The straight-to-bytes writer the endpoint answers with is the tree writer's output, byte for byte.
    @Test func writesWhatTheTreeWriterWrites() {
        let value = VAPIValue.structure("s", [
            ("o", .unset), ("p", .set(.set(.double(1.5)))), ("k", .secret("x\"y")), ("l", .list([.string("a\nb"), .integer(-3), .bool(false)])),
            ("v", .void), ("b", .binary([0, 255])), ("m", .map([("id1", .bool(true))])),
            ("e", .error(VAPIStructure(name: "n", fields: [("f", .string("g"))]))),
        ])
        var direct: [UInt8] = []
        value.writeJSONRPC(into: &direct)
        #expect(direct == JSONWriter.bytes(value.jsonRPC))
    }
}

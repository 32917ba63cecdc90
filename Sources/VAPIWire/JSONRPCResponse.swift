/// A vAPI JSON-RPC 2.0 response: `{"jsonrpc":"2.0","id":…,"result":{"output":…}}` or `…{"error":{"ERROR":…}}`.
public struct JSONRPCResponse: Sendable {
    public enum Outcome: Sendable {
        case output(VAPIValue)
        case error(VAPIError)
    }

    public var id: JSONValue
    public var outcome: Outcome

    public init(id: JSONValue, _ outcome: Outcome) {
        self.id = id
        self.outcome = outcome
    }

    public var body: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        output.append(contentsOf: #"{"jsonrpc":"2.0","id":"#.utf8)
        JSONWriter.write(id, into: &output)
        switch outcome {
        case .output(let value):
            output.append(contentsOf: #","result":{"output":"#.utf8)
            value.writeJSONRPC(into: &output)
        case .error(let error):
            output.append(contentsOf: #","result":{"error":"#.utf8)
            error.value.writeJSONRPC(into: &output)
        }
        output.append(contentsOf: "}}".utf8)
        return output
    }

    /// Reads a response (the client's side); a JSON-RPC level error becomes a `JSONRPCFailure`.
    public init(body: [UInt8]) throws(JSONRPCFailure) {
        let json: JSONValue
        do {
            json = try JSONReader.read(body)
        } catch {
            throw JSONRPCFailure(.parseError, "The endpoint's answer is not JSON: \(error.message)", id: .null)
        }
        id = json["id"] ?? .null
        if let failure = json["error"] {
            let code = failure["code"].flatMap { if case .integer(let number) = $0 { number } else { nil } } ?? JSONRPCFailure.Code.internalError.rawValue
            throw JSONRPCFailure(JSONRPCFailure.Code(rawValue: code) ?? .internalError, failure["message"]?.stringValue ?? "JSON-RPC error \(code)", id: id)
        }
        guard let result = json["result"] else { throw JSONRPCFailure(.invalidRequest, "The endpoint's answer has neither result nor error.", id: id) }
        do {
            if let error = result["error"] {
                outcome = .error(try VAPIError(VAPIValue(jsonRPC: error)))
            } else if let output = result["output"] {
                outcome = .output(try VAPIValue(jsonRPC: output))
            } else {
                throw JSONRPCFailure(.invalidRequest, "The endpoint's result has neither output nor error.", id: id)
            }
        } catch let failure as JSONRPCFailure {
            throw failure
        } catch let error as VAPIDecodingError {
            throw JSONRPCFailure(.invalidParams, "The endpoint's answer is not a vAPI value: \(error.message)", id: id)
        } catch {
            throw JSONRPCFailure(.internalError, "\(error)", id: id)
        }
    }
}

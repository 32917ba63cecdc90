/// Query: which facts about the server the client wants.
public struct QueryRequestPayload: KMIPRequestPayload, Hashable {
    public typealias Response = QueryResponsePayload
    public static let operation = KMIPOperation.query
    public var functions: [QueryFunction]

    public init(functions: [QueryFunction]) {
        self.functions = functions
    }

    public var ttlv: TTLVItem {
        .structure(.requestPayload, functions.map { TTLVItem(.queryFunction, .enumeration($0.rawValue)) })
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .requestPayload)
        functions = try reader.allEnumerations(.queryFunction).map(QueryFunction.init(rawValue:))
    }
}

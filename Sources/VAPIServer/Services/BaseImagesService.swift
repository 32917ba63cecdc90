import TrustAuthority
import VAPIWire

/// `attestation.os.esx.base_images`: import_from_imgdb, list, get and delete, each a `$task`. The lab
/// operations New-/Get-/Remove-TrustAuthorityVMHostBaseImage call (the `.tgz` image database read the same way).
enum BaseImagesService {
    static let id = ServiceName.baseImages
    static let path = TrustAuthorityClustersService.path + "/{cluster}/attestation/os/esx/base-images"
    static let type = "com.vmware.vcenter.trusted_infrastructure.trust_authority_clusters.attestation.os.esx.BaseImage"

    static let operations = [
        // A blob has no JSON body form in the REST forms: JSON-RPC only.
        LabOperation(id, "import_from_imgdb", task: true, rest: nil, run: importDatabase),
        LabOperation(id, "list", task: true, rest: RESTRoute("GET", path), run: list),
        LabOperation(id, "delete", task: true, rest: RESTRoute("DELETE", path + "/{version}"), run: delete),
        LabOperation(id, "get", task: true, rest: RESTRoute("GET", path + "/{version}"), run: get),
    ]

    static func importDatabase(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let bytes = try call.read { () throws(VAPIDecodingError) in try call.input.bytes("imgdb") }
        let image = try call.attempt { () throws(LabError) in
            let database: BaseImageDatabase
            do throws(ArtifactError) {
                database = try BaseImageDatabase(tgzBytes: bytes, source: "imgdb")
            } catch {
                throw .artifact(error)
            }
            return try call.lab.importBaseImage(database, into: cluster.id, by: call.sessionUser)
        }
        return LabAnswer(.string(image.imageVersion), target: (type, image.imageVersion))
    }

    static func list(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let matches = try call.read { () throws(VAPIDecodingError) in try BaseImageBinding.filter(try call.input.optionalStructure("spec")) }
        let images = try call.attempt { () throws(LabError) in try call.lab.baseImages(of: cluster.id, by: call.sessionUser) }
        return LabAnswer(.list(images.filter(matches).map(BaseImageBinding.summary)))
    }

    static func delete(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let version = try call.read { () throws(VAPIDecodingError) in try call.input.string("version") }
        try call.attempt { () throws(LabError) in try call.lab.removeBaseImage(version, from: cluster.id, by: call.sessionUser) }
        return LabAnswer(.void, target: (type, version))
    }

    static func get(_ call: LabCall) throws(VAPIError) -> LabAnswer {
        let cluster = try call.cluster()
        let version = try call.read { () throws(VAPIDecodingError) in try call.input.string("version") }
        let images = try call.attempt { () throws(LabError) in try call.lab.baseImages(of: cluster.id, by: call.sessionUser) }
        guard let image = images.first(where: { $0.imageVersion.caseInsensitiveCompare(version) == .orderedSame }) else {
            throw EndpointError.lab(.baseImageNotFound(version))
        }
        return LabAnswer(BaseImageBinding.info(image), target: (type, image.imageVersion))
    }
}

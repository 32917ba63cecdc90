/// Why a hash table does not make a host structure.
enum HostStructureError: Error {
    case unknownField(String)
    case notAnInteger(String, String)
}

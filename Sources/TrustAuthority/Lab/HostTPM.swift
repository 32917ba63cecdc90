/// The TPM 2.0 chip of a lab host: its endorsement key, whose certificate the TPM manufacturer's CA
/// issued when the lab was made. The key's private part never leaves the chip, so the lab does not keep it.
public struct HostTPM: Sendable, Equatable {
    /// The name of the TPM manufacturer (a `tpmManufacturers` entry of the lab file).
    public var manufacturer: String
    public var endorsementKey: Tpm2EndorsementKey

    public init(manufacturer: String, endorsementKey: Tpm2EndorsementKey) {
        self.manufacturer = manufacturer
        self.endorsementKey = endorsementKey
    }
}

extension HostTPM: Codable {}

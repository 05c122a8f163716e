import ReadoutModel

extension DescriptorMapping {
    /// Refuses, naming the JSON path, every property of this object that readout does not implement
    /// (Issue 13: nothing ignored); descriptive properties pass. `type` is the field's type, for the
    /// properties that apply to some types only.
    func checkProperties(_ kind: PropertyInventory.Kind, type: FieldType? = nil) throws(InputError) {
        for keyNode in keys {
            let name = try keyNode.string()
            let place = node.path.isEmpty ? name : "\(node.path).\(name)"
            guard let property = PropertyInventory.property(name, of: kind) else {
                let what = kind == .exportSettings ? "one of readout's export settings"
                    : kind == .annotation ? "a property of a readout annotation (annotation, values)"
                    : "a property of a \(kind.rawValue) in Data Package v1 or v2"
                throw keyNode.error("\(place): '\(name)' is not \(what), and readout refuses what it does not know rather than ignore it")
            }
            if case let .refused(reason) = property.support {
                throw keyNode.error("\(place): '\(name)' is refused: \(reason)")
            }
            if let types = property.types, let type, !types.contains(type) {
                let allowed = types.map(\.rawValue).joined(separator: ", ")
                throw keyNode.error("\(place): '\(name)' does not apply to a field of type '\(type.rawValue)' (only \(allowed)), so it would be ignored")
            }
        }
    }
}

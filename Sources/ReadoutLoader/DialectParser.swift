import ReadoutModel

/// A Table Dialect (v2) or CSV Dialect (v1) descriptor as a `Dialect`.
enum DialectParser {
    static func dialect(from node: DescriptorNode) throws(InputError) -> Dialect {
        let object = try node.mapping("a table dialect")
        try object.checkProperties(.dialect)
        if let schemaURL = object.optional("$schema") {
            _ = try StandardVersion.version(ofSchemaURL: schemaURL, profile: "tabledialect")
        }
        var dialect = Dialect()
        if let value = object.optional("delimiter") { dialect.delimiter = try text(value, "delimiter") }
        if let value = object.optional("lineTerminator") { dialect.lineTerminator = try text(value, "lineTerminator") }
        if let value = object.optional("quoteChar") { dialect.quoteChar = try character(value, "quoteChar") }
        if let value = object.optional("doubleQuote") { dialect.doubleQuote = try value.bool() }
        if let value = object.optional("escapeChar") { dialect.escapeChar = try character(value, "escapeChar") }
        if let value = object.optional("nullSequence") { dialect.nullSequence = try value.string() }
        if let value = object.optional("skipInitialSpace") { dialect.skipInitialSpace = try value.bool() }
        if let value = object.optional("header") { dialect.header = try value.bool() }
        if let value = object.optional("headerRows") { dialect.headerRows = try rows(value, "headerRows") }
        if let value = object.optional("headerJoin") { dialect.headerJoin = try value.string() }
        if let value = object.optional("commentChar") { dialect.commentChar = try text(value, "commentChar") }
        if let value = object.optional("commentRows") { dialect.commentRows = try rows(value, "commentRows") }
        if let value = object.optional("property") { dialect.property = try value.string() }
        if let value = object.optional("itemType") {
            let text = try value.string()
            guard let itemType = Dialect.ItemType(rawValue: text) else {
                throw value.refuse("'itemType' is '\(text)', not array or object")
            }
            dialect.itemType = itemType
        }
        if let value = object.optional("itemKeys") { dialect.itemKeys = try value.stringList("a list of keys") }
        if let value = object.optional("caseSensitiveHeader") { dialect.caseSensitiveHeader = try value.bool() }
        if dialect.escapeChar != nil, dialect.escapeChar == dialect.quoteChar, let node = object.optional("escapeChar") {
            throw node.refuse("'escapeChar' and 'quoteChar' are the same character")
        }
        if dialect.quoteChar == dialect.delimiter, let node = object.optional("quoteChar") ?? object.optional("delimiter") {
            throw node.refuse("'quoteChar' and 'delimiter' are the same")
        }
        return dialect
    }

    private static func text(_ node: DescriptorNode, _ property: String) throws(InputError) -> String {
        let text = try node.string()
        guard !text.isEmpty else { throw node.refuse("'\(property)' must not be empty") }
        return text
    }

    /// quoteChar and escapeChar: one character (Table Dialect).
    private static func character(_ node: DescriptorNode, _ property: String) throws(InputError) -> String {
        let text = try node.string()
        guard text.unicodeScalars.count == 1 else { throw node.refuse("'\(property)' must be one character, not '\(text)'") }
        return text
    }

    /// headerRows and commentRows: positive row numbers (Table Dialect), in the order given.
    private static func rows(_ node: DescriptorNode, _ property: String) throws(InputError) -> [Int] {
        try node.sequence("a list of row numbers").map { item throws(InputError) in
            let row = try item.int()
            guard row >= 1 else { throw item.refuse("'\(property)' rows count from 1") }
            return row
        }
    }
}

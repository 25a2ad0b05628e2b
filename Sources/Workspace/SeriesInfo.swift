/// What the workspace knows about a series apart from its values.
public struct SeriesInfo: Codable, Hashable, Sendable {
    public var id: String
    public var nameZh: String?
    public var nameEn: String?
    /// The unit of its amounts (the first non-growth observation's unit when imported).
    public var unit: String
    /// `monthly`, `quarterly` or `annual`, from the first period imported.
    public var frequency: String?
    /// Days after period end a figure is usually published; release dates that are unknown are
    /// taken as period end plus this lag.
    public var publicationLagDays: Int

    public static let defaultPublicationLagDays = 15

    public init(id: String, nameZh: String? = nil, nameEn: String? = nil, unit: String = "",
                frequency: String? = nil, publicationLagDays: Int = SeriesInfo.defaultPublicationLagDays) {
        self.id = id
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.unit = unit
        self.frequency = frequency
        self.publicationLagDays = publicationLagDays
    }
}

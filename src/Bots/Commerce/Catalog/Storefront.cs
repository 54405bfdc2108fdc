namespace Conversational.Bots.Commerce.Catalog;

/// <summary>
/// A merchant's commerce settings: where SMS+ keywords reach it, its relay points and lockers, its counter for
/// click &amp; collect, its loyalty and referral rewards, and the hash of its API key.
/// </summary>
/// <param name="Merchant">The merchant's handle (without the @).</param>
/// <param name="ShortCode">The 5-digit SMS short code its keywords are sent to, or null.</param>
/// <param name="PickupPoints">Relay points and lockers it delivers to.</param>
/// <param name="CollectAddress">Where click &amp; collect orders are picked up, or null when it offers none.</param>
/// <param name="PointsPerEuro">Loyalty points per whole euro paid (0: no loyalty programme).</param>
/// <param name="ReferralRewardPoints">Points given to both sides on a referred person's first purchase (0: none).</param>
/// <param name="ApiKeyHash">SHA-256 of the merchant API key, hex lower case; null until one is issued.</param>
/// <param name="TimeZone">IANA time zone of its customers by default ("Europe/Paris").</param>
public sealed record Storefront(
    string Merchant,
    string? ShortCode,
    IReadOnlyList<PickupPoint> PickupPoints,
    string? CollectAddress,
    int PointsPerEuro,
    int ReferralRewardPoints,
    string? ApiKeyHash,
    string TimeZone = "Europe/Paris");

using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Catalog;

/// <summary>
/// Something a merchant sells. <see cref="Names"/> holds the name per language tag ("en", "fr", "ar"); keywords are
/// the SMS+ codes that buy it in one message ("GAME42", "JEU42"), upper case, unique within the merchant.
/// </summary>
/// <param name="Merchant">The merchant's handle (without the @).</param>
/// <param name="Sku">The merchant's id of the product (letters, digits, '-', '_'; at most 40).</param>
/// <param name="Names">Name per language tag; at least one.</param>
/// <param name="Price">Unit price, paid in full by the buyer (the merchant's fee comes out of what it receives).</param>
/// <param name="Kind">Digital (content in the reply) or physical (a parcel).</param>
/// <param name="Stock">Units left, or null when the merchant does not count them.</param>
/// <param name="Keywords">SMS+ keyword codes, upper case.</param>
/// <param name="DeliveryModes">For physical products, how they may be delivered; empty for digital ones.</param>
/// <param name="DigitalContent">For digital products, what the buyer receives: a link or a code.</param>
public sealed record Product(
    string Merchant,
    string Sku,
    IReadOnlyDictionary<string, string> Names,
    Money Price,
    ProductKind Kind,
    int? Stock,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<DeliveryMode> DeliveryModes,
    string? DigitalContent)
{
    /// <summary>The name in a language, else in English, else the first one written.</summary>
    public string NameIn(string language) =>
        Names.TryGetValue(language, out var name) ? name
        : Names.TryGetValue("en", out var english) ? english
        : Names.Values.First();

    public bool IsDigital => Kind == ProductKind.Digital;
}

using Conversational.Bots.Commerce.Catalog;

namespace Conversational.Bots.Commerce.Purchases;

/// <summary>Delivery modes as people write them, in English, French and Arabic ("home", "point relais", "استلام").</summary>
internal static class DeliveryWords
{
    private static readonly (string Word, DeliveryMode Mode)[] Words =
    [
        ("HOME", DeliveryMode.Home), ("HOUSE", DeliveryMode.Home), ("DOMICILE", DeliveryMode.Home), ("MAISON", DeliveryMode.Home),
        ("CHEZ", DeliveryMode.Home), ("منزل", DeliveryMode.Home), ("المنزل", DeliveryMode.Home), ("البيت", DeliveryMode.Home),
        ("منزلي", DeliveryMode.Home), ("بيتي", DeliveryMode.Home), ("بيت", DeliveryMode.Home),
        ("WORK", DeliveryMode.Work), ("OFFICE", DeliveryMode.Work), ("TRAVAIL", DeliveryMode.Work), ("BUREAU", DeliveryMode.Work),
        ("العمل", DeliveryMode.Work), ("المكتب", DeliveryMode.Work),
        ("RELAY", DeliveryMode.RelayPoint), ("RELAI", DeliveryMode.RelayPoint), ("RELAIS", DeliveryMode.RelayPoint),
        ("PICKUP", DeliveryMode.RelayPoint), ("ترحيل", DeliveryMode.RelayPoint), ("نقطة", DeliveryMode.RelayPoint),
        ("COLLECT", DeliveryMode.ClickAndCollect), ("SHOP", DeliveryMode.ClickAndCollect), ("STORE", DeliveryMode.ClickAndCollect),
        ("MAGASIN", DeliveryMode.ClickAndCollect), ("BOUTIQUE", DeliveryMode.ClickAndCollect), ("RETRAIT", DeliveryMode.ClickAndCollect), ("المتجر", DeliveryMode.ClickAndCollect),
        ("استلام", DeliveryMode.ClickAndCollect),
        ("LOCKER", DeliveryMode.Locker), ("CONSIGNE", DeliveryMode.Locker), ("CASIER", DeliveryMode.Locker), ("خزانة", DeliveryMode.Locker),
    ];

    /// <summary>The words as <see cref="ProductFinder.Words"/> folds what people write (upper case, plurals, Arabic stems).</summary>
    private static readonly (string Word, DeliveryMode Mode)[] Folded =
        [.. Words.Select(e => (Word: ProductFinder.Words(e.Word) is [var only] ? only : e.Word, e.Mode))];

    /// <summary>Phrases read before single words: Arabic says "pickup point" and "pickup locker" with the word for pickup.</summary>
    private static readonly (string Phrase, DeliveryMode Mode)[] Phrases =
    [
        ("نقطة استلام", DeliveryMode.RelayPoint), ("نقطة الاستلام", DeliveryMode.RelayPoint),
        ("خزانة استلام", DeliveryMode.Locker), ("خزانة الاستلام", DeliveryMode.Locker),
        ("POINT RELAIS", DeliveryMode.RelayPoint), ("RELAY POINT", DeliveryMode.RelayPoint),
    ];

    /// <summary>The mode a short answer names, or null (none, or two different ones).</summary>
    public static DeliveryMode? Read(string text)
    {
        var joined = string.Join(' ', ProductFinder.Words(text));
        foreach (var (phrase, mode) in Phrases)
        {
            if (joined.Contains(string.Join(' ', ProductFinder.Words(phrase)), StringComparison.Ordinal))
            {
                return mode;
            }
        }
        var found = ProductFinder.Words(text).Select(w => Folded.FirstOrDefault(e => e.Word == w))
            .Where(e => e.Word is not null).Select(e => e.Mode).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }
}

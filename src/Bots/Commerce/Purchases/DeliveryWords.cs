using Conversational.Bots.Commerce.Catalog;

namespace Conversational.Bots.Commerce.Purchases;

/// <summary>Delivery modes as people write them, in English, French and Arabic ("home", "point relais", "استلام").</summary>
internal static class DeliveryWords
{
    private static readonly (string Word, DeliveryMode Mode)[] Words =
    [
        ("HOME", DeliveryMode.Home), ("HOUSE", DeliveryMode.Home), ("DOMICILE", DeliveryMode.Home), ("MAISON", DeliveryMode.Home),
        ("CHEZ", DeliveryMode.Home), ("منزل", DeliveryMode.Home), ("المنزل", DeliveryMode.Home), ("البيت", DeliveryMode.Home),
        ("WORK", DeliveryMode.Work), ("OFFICE", DeliveryMode.Work), ("TRAVAIL", DeliveryMode.Work), ("BUREAU", DeliveryMode.Work),
        ("العمل", DeliveryMode.Work), ("المكتب", DeliveryMode.Work),
        ("RELAY", DeliveryMode.RelayPoint), ("RELAI", DeliveryMode.RelayPoint), ("RELAIS", DeliveryMode.RelayPoint),
        ("PICKUP", DeliveryMode.RelayPoint), ("ترحيل", DeliveryMode.RelayPoint), ("نقطة", DeliveryMode.RelayPoint),
        ("COLLECT", DeliveryMode.ClickAndCollect), ("SHOP", DeliveryMode.ClickAndCollect), ("STORE", DeliveryMode.ClickAndCollect),
        ("MAGASIN", DeliveryMode.ClickAndCollect), ("RETRAIT", DeliveryMode.ClickAndCollect), ("المتجر", DeliveryMode.ClickAndCollect),
        ("استلام", DeliveryMode.ClickAndCollect),
        ("LOCKER", DeliveryMode.Locker), ("CONSIGNE", DeliveryMode.Locker), ("CASIER", DeliveryMode.Locker), ("خزانة", DeliveryMode.Locker),
    ];

    /// <summary>The mode a short answer names, or null (none, or two different ones).</summary>
    public static DeliveryMode? Read(string text)
    {
        var found = ProductFinder.Words(text).Select(w => Words.FirstOrDefault(e => e.Word == w || e.Word == w + "S"))
            .Where(e => e.Word is not null).Select(e => e.Mode).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }
}

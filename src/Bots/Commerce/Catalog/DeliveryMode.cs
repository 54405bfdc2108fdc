namespace Conversational.Bots.Commerce.Catalog;

/// <summary>How a parcel reaches the person. Home and work need an address; relay points and lockers are picked
/// from the merchant's list near a postcode; click &amp; collect is the merchant's own counter.</summary>
public enum DeliveryMode
{
    Home,
    Work,
    RelayPoint,
    ClickAndCollect,
    Locker,
}

public static class DeliveryModes
{
    /// <summary>Home and work deliveries need a street address.</summary>
    public static bool NeedsAddress(this DeliveryMode mode) => mode is DeliveryMode.Home or DeliveryMode.Work;

    /// <summary>Relay points and lockers are chosen from the merchant's list.</summary>
    public static bool NeedsPickupPoint(this DeliveryMode mode) => mode is DeliveryMode.RelayPoint or DeliveryMode.Locker;
}

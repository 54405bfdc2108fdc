using Conversational.Bots.Commerce.Catalog;

namespace Conversational.Bots.Commerce.Orders;

/// <summary>How a parcel is delivered: the mode, and the address (home, work), the pickup point (relay, locker) or
/// the merchant's counter (click &amp; collect) it goes to.</summary>
/// <param name="Mode">The delivery mode.</param>
/// <param name="Address">Where it goes, written out: the street address, or the pickup point's name and address.</param>
/// <param name="PickupPointId">The merchant's id of the relay point or locker, when there is one.</param>
public sealed record Delivery(DeliveryMode Mode, string Address, string? PickupPointId = null);

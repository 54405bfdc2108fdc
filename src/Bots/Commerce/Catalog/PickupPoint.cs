namespace Conversational.Bots.Commerce.Catalog;

/// <summary>A relay point or a locker from the merchant's configuration, offered to people near its postcode.</summary>
/// <param name="Id">Short id, unique within the merchant.</param>
/// <param name="Mode"><see cref="DeliveryMode.RelayPoint"/> or <see cref="DeliveryMode.Locker"/>.</param>
/// <param name="Name">"Tabac de la Gare".</param>
/// <param name="Address">Street and town.</param>
/// <param name="Postcode">Its postcode, for "near you".</param>
public sealed record PickupPoint(string Id, DeliveryMode Mode, string Name, string Address, string Postcode);

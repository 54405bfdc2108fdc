using Conversational.Bots.Commerce.Catalog;

namespace Conversational.Bots.Commerce.Purchases;

/// <summary>An address a person gave once for a home or work delivery, offered first next time.</summary>
public sealed record SavedAddress(DeliveryMode Mode, string Text);

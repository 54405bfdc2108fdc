namespace Conversational.Bots.Commerce.Orders;

/// <summary>A status an order reached, and when.</summary>
public sealed record OrderEvent(OrderStatus Status, DateTimeOffset At, string? Note = null);

namespace Conversational.Bots.Commerce.Orders;

/// <summary>Which status may follow which: the merchant API refuses the others (409).</summary>
public static class OrderTransitions
{
    public static bool IsAllowed(OrderStatus from, OrderStatus to) => (from, to) switch
    {
        (OrderStatus.Placed, OrderStatus.Accepted or OrderStatus.Cancelled) => true,
        (OrderStatus.Accepted, OrderStatus.Shipped or OrderStatus.ReadyForPickup or OrderStatus.Delivered or OrderStatus.Cancelled) => true,
        (OrderStatus.Shipped, OrderStatus.Delivered or OrderStatus.Refunded) => true,
        (OrderStatus.ReadyForPickup, OrderStatus.Delivered or OrderStatus.Cancelled) => true,
        (OrderStatus.Delivered, OrderStatus.Refunded) => true,
        _ => false,
    };

    /// <summary>Cancelled and refunded orders move no more.</summary>
    public static bool IsFinal(OrderStatus status) => status is OrderStatus.Cancelled or OrderStatus.Refunded;
}

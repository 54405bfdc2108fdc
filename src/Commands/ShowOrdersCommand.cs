namespace Conversational.Commands;

/// <summary>"#orders", "suivi", "تتبع", "#track DS-4F7K2Q": the person's orders, or one of them by its number
/// (letters, digits and '-', upper case, digits written 0-9).</summary>
public sealed record ShowOrdersCommand(Language Language, string? OrderNumber = null) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Orders;
}

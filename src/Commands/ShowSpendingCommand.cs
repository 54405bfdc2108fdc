namespace Conversational.Commands;

/// <summary>"#spending", "dépenses", "مصاريف": what the person spent this month.</summary>
public sealed record ShowSpendingCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Spending;
}

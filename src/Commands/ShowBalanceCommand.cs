namespace Conversational.Commands;

/// <summary>"#balance", "solde": the person's balances.</summary>
public sealed record ShowBalanceCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Balance;
}

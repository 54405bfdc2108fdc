namespace Conversational.Commands;

/// <summary>"delete my data", "#deletedata", "احذف بياناتي": erase what the service holds about the person.
/// Never read from a lone "delete"; the engine still asks for a confirmation.</summary>
public sealed record DeleteDataCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.DeleteData;
}

namespace Conversational.Commands;

/// <summary>"my data", "#mesdonnees", "بياناتي": a copy of what the service holds about the person.</summary>
public sealed record ExportDataCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.ExportData;
}

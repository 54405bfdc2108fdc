using System.CommandLine;
using Conversational.Bots.Conversations;

namespace Conversational.Bots.Cli;

/// <summary>
/// <c>graphs [folder]</c>: writes the conversation machine's graph, as Mermaid and as Graphviz DOT, into docs/ (or the
/// folder given). A test checks that the committed files match, so they never go stale.
/// </summary>
internal static class GraphsVerb
{
    public static IReadOnlyList<(string File, string Content)> Files() =>
    [
        ("conversation.mmd", ConversationMachine.Mermaid()),
        ("conversation.dot", ConversationMachine.Dot()),
    ];

    public static System.CommandLine.Command Create()
    {
        var folder = new Argument<string>("folder") { Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "docs" };
        var verb = new System.CommandLine.Command("graphs", "Write the conversation state machine's graphs (Mermaid, DOT) into docs/.") { folder };
        verb.SetAction(async (result, cancellationToken) =>
        {
            var target = result.GetValue(folder)!;
            System.IO.Directory.CreateDirectory(target);
            foreach (var (file, content) in Files())
            {
                var path = Path.Combine(target, file);
                await File.WriteAllTextAsync(path, content, cancellationToken);
                await result.InvocationConfiguration.Output.WriteLineAsync(path);
            }
            return 0;
        });
        return verb;
    }
}

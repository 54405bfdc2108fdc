namespace Conversational.Commands.Tests;

public sealed class DependencyTests
{
    [Fact]
    public void Commands_assembly_references_nothing_but_the_framework()
    {
        var references = typeof(CommandParser).Assembly.GetReferencedAssemblies().Select(name => name.Name ?? "");

        Assert.All(references, name => Assert.True(
            name is "System" or "netstandard" || name.StartsWith("System.", StringComparison.Ordinal),
            $"Conversational.Commands references {name}"));
    }
}

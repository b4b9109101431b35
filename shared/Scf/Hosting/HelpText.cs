using System.Text;
using Functions.Scf.Configuration;
using Functions.Scf.Events;

namespace Functions.Scf.Hosting;

/// <summary>The function-specific part of <c>bootstrap --help</c>: events, commands and configuration.</summary>
public static class HelpText
{
    /// <summary>Renders the sections.</summary>
    /// <param name="function">The function.</param>
    /// <returns>The text.</returns>
    public static string Sections(FunctionDefinition function)
    {
        var text = new StringBuilder();
        text.AppendLine().AppendLine("Events:");
        text.Append("  ").AppendJoin(", ", function.EventKinds.Select(EventKinds.Describe)).AppendLine();

        text.AppendLine().AppendLine("Commands ({\"command\": \"<name>\", ...}):");
        foreach (var command in function.AllCommands)
        {
            text.Append("  ").Append(command.Name.PadRight(14)).Append(' ').AppendLine(command.Summary);
        }

        text.AppendLine().AppendLine("Configuration (environment variables; OPS_CONFIG_FILE keys are overridden by them):");
        foreach (var variable in function.AllVariables)
        {
            text.Append("  ").Append(variable.Name);
            if (variable.Default is not null)
            {
                text.Append(" [default: ").Append(variable.Default).Append(']');
            }

            text.Append(variable.Sensitivity switch
            {
                Sensitivity.Secret => " (secret: redacted from logs and results)",
                Sensitivity.UrlWithCredentials => " (its password is redacted from logs and results)",
                _ => "",
            });

            text.AppendLine().Append("      ").AppendLine(variable.Description);
        }

        text.AppendLine().AppendLine("Exit codes: 0 success, 1 handler error (invoke) or runtime API lost, 2 usage or configuration error.");
        return text.ToString();
    }
}

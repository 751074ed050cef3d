"""The code generator of the sandbox: no constant folding, and ``~`` measured first.

Jinja2 evaluates constant expressions while it *compiles* a template
(``{{ "x"|center(1000000000) }}`` is run by the optimiser and by the output step), which is
outside the render deadline and outside every size check. This generator folds nothing but
literal text and constants, refuses an ``{% autoescape %}`` whose value is not a literal
(Jinja2 would evaluate it at compile time), and routes ``a ~ b`` through
``environment.joined`` so its size is checked before the string is built.
"""

from __future__ import annotations

from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame


class NoFoldingCodeGenerator(CodeGenerator):
    """Jinja2's generator minus compile-time evaluation of template expressions."""

    def _output_child_to_const(self, node: nodes.Expr, frame: Frame,
                               finalize: Any) -> str:
        if not isinstance(node, nodes.TemplateData | nodes.Const):
            raise nodes.Impossible()
        return super()._output_child_to_const(node, frame, finalize)

    def visit_EvalContextModifier(self, node: nodes.EvalContextModifier,
                                  frame: Frame) -> None:
        for keyword in node.options:
            if not isinstance(keyword.value, nodes.Const):
                self.fail("nilai autoescape harus tetap (true atau false)", node.lineno)
        super().visit_EvalContextModifier(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            function = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            function = "markup_join"
        else:
            function = "str_join"
        self.write(f"environment.joined({function}, (")
        for argument in node.nodes:
            self.visit(argument, frame)
            self.write(", ")
        self.write("))")

"""FluidEdge as a Gymnasium-style environment, and the agent side of its external-policy protocol.

``FluidEdgeEnv`` starts the simulator itself (``bin/fluidedge run ... --set
optimizer.policy=external``) and steps it one coherence block at a time. ``serve`` runs an agent
function as the child process the simulator starts (``plugins.external.command``), which is how
``fluidedge compare`` measures a trained agent against the built-in policies on the same seeds.
The message format is in docs/external.md. Standard library and numpy only.
"""

from .protocol import PROTOCOL, AgentError, Connection, observation_arrays
from .env import FluidEdgeEnv, REWARDS
from .serve import serve

__all__ = ["PROTOCOL", "AgentError", "Connection", "observation_arrays", "FluidEdgeEnv",
           "REWARDS", "serve"]

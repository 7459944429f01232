import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import {
  APPOINTMENT_TASK_QUEUE,
  appointmentEventSignal,
  appointmentWorkflowId,
  searchAttributes,
  type AppointmentEvent,
} from '@beacon/workflows/appointment/definitions.js';

/** Signals the appointment's workflow (starting it when needed); used by the outbox relay. */
export interface AppointmentWorkflowGateway {
  /** `applied: false` (nothing changed) must not start a new run of a finished workflow. */
  deliver(event: AppointmentEvent, options: { applied: boolean }): Promise<{ workflowId: string }>;
}

/** Delivers events with signal-with-start, so the first event for an appointment creates its workflow. */
export class TemporalAppointmentGateway implements AppointmentWorkflowGateway {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string = APPOINTMENT_TASK_QUEUE,
  ) {}

  async deliver(event: AppointmentEvent, options: { applied: boolean }): Promise<{ workflowId: string }> {
    const workflowId = appointmentWorkflowId(event.appointment.appointmentId);
    try {
      await this.signalWithStart(workflowId, event, options.applied);
    } catch (error) {
      // A replayed or stale event for a workflow that has finished: nothing to do, history kept.
      if (options.applied || !(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    return { workflowId };
  }

  private async signalWithStart(workflowId: string, event: AppointmentEvent, mayStartNewRun: boolean): Promise<void> {
    await this.client.workflow.signalWithStart('appointmentWorkflow', {
      workflowId,
      taskQueue: this.taskQueue,
      workflowIdReusePolicy: mayStartNewRun ? 'ALLOW_DUPLICATE' : 'REJECT_DUPLICATE',
      args: [{ appointmentId: event.appointment.appointmentId }],
      signal: appointmentEventSignal,
      signalArgs: [event],
      typedSearchAttributes: [
        { key: searchAttributes.appointmentId, value: event.appointment.appointmentId },
        { key: searchAttributes.patientId, value: event.appointment.patientId },
        { key: searchAttributes.locationId, value: event.appointment.locationId },
        { key: searchAttributes.appointmentStart, value: new Date(event.appointment.startsAt) },
      ],
    });
  }
}

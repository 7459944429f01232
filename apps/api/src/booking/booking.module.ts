import { Module } from '@nestjs/common';
import { BookingEventsController } from './booking-events.controller.js';
import { BookingEventsService } from './booking-events.service.js';

@Module({ controllers: [BookingEventsController], providers: [BookingEventsService], exports: [BookingEventsService] })
export class BookingModule {}
